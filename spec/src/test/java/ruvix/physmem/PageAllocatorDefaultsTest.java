package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The interface's typed methods over the primitive entry points, against a scripted allocator. */
class PageAllocatorDefaultsTest {

    /** Answers every primitive call with the next scripted result and records the call. */
    private static final class Scripted implements PageAllocator {
        final List<Long> results = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        final int pageShift;

        Scripted(int pageShift, long... results) {
            this.pageShift = pageShift;
            for (long r : results) {
                this.results.add(r);
            }
        }

        @Override
        public long allocPagesRaw(long count) {
            calls.add("alloc " + count);
            return results.remove(0);
        }

        @Override
        public int freePagesRaw(long addr, long count) {
            calls.add("free 0x" + Long.toHexString(addr) + " " + count);
            return (int) (long) results.remove(0);
        }

        @Override
        public int pageShift() {
            return pageShift;
        }

        @Override
        public int maxOrder() {
            return 10;
        }

        @Override
        public boolean isInitialized() {
            return true;
        }

        @Override
        public boolean contains(PhysAddr addr) {
            return false;
        }

        @Override
        public void reset() {}

        @Override
        public void init(PhysAddr base, long totalPages) {}

        @Override
        public void init(MemoryMap map) {}

        @Override
        public long freePageCount() {
            return 0;
        }

        @Override
        public long usedPages() {
            return 0;
        }

        @Override
        public long totalPages() {
            return 0;
        }

        @Override
        public PhysAddr baseAddr() {
            return PhysAddr.NULL;
        }

        @Override
        public PhysAddr endAddr() {
            return PhysAddr.NULL;
        }

        @Override
        public long freeBlocksAtOrder(int order) {
            return 0;
        }

        @Override
        public List<OrderStats> orderStats() {
            return List.of();
        }

        @Override
        public AllocatorStats stats() {
            return AllocatorStats.empty(pageSize());
        }

        @Override
        public OptionalInt allocatedOrder(PhysAddr addr) {
            return OptionalInt.empty();
        }

        @Override
        public int largestFreeOrder() {
            return -1;
        }

        @Override
        public List<Block> freeBlocks() {
            return List.of();
        }
    }

    @Test
    void allocPagesMapsCodesToEmpty() {
        Scripted a = new Scripted(12, 0x5000, PhysMemError.OUT_OF_MEMORY.code());
        assertEquals(Optional.of(PhysAddr.of(0x5000)), a.allocPages(4));
        assertEquals(Optional.empty(), a.allocPages(4));
        assertEquals(List.of("alloc 4", "alloc 4"), a.calls);
    }

    @Test
    void tryVariantsThrowTheError() {
        Scripted a =
                new Scripted(12, PhysMemError.ZERO_ALLOCATION.code(), 0x7000, 0, PhysMemError.NOT_ALLOCATED.code());
        assertEquals(
                PhysMemError.ZERO_ALLOCATION,
                assertThrows(PhysMemException.class, () -> a.tryAllocPages(0)).error());
        assertEquals(PhysAddr.of(0x7000), a.tryAllocPages(1));
        a.tryFreePages(PhysAddr.of(0x7000), 1);
        assertEquals(
                PhysMemError.NOT_ALLOCATED,
                assertThrows(PhysMemException.class, () -> a.deallocPages(PhysAddr.of(0x7000), 1))
                        .error());
        assertThrows(NullPointerException.class, () -> a.tryFreePages(null, 1));
    }

    @Test
    void framesFollowTheCrateGeometry() {
        Scripted a = new Scripted(12, 0x8000, 0);
        PageFrame f = a.allocFrame(3).orElseThrow();
        assertEquals(new PageFrame(PhysAddr.of(0x8000), PageOrder.of(2).orElseThrow()), f);
        a.freeFrame(f);
        assertEquals(List.of("alloc 3", "free 0x8000 4"), a.calls);
        assertEquals(Optional.empty(), a.allocFrame(0));
        assertEquals(Optional.empty(), a.allocFrame(513));
        assertEquals(2, a.calls.size(), "a count without a PageOrder never reaches the allocator");
    }

    @Test
    void framesAreRefusedOnOtherPageSizes() {
        Scripted a = new Scripted(14, 0x8000);
        assertEquals(Optional.empty(), a.allocFrame(1));
        PhysMemException e =
                assertThrows(PhysMemException.class, () -> a.freeFrame(PageFrame.singlePage(PhysAddr.of(0x8000))));
        assertEquals(PhysMemError.INVALID_ORDER, e.error());
        assertTrue(a.calls.isEmpty());
        assertEquals(16384, a.pageSize());
    }
}
