package ruvix.physmem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/** Every error of DESIGN.md, each leaving the state unchanged but for the rejection counter (I6). */
class ReferenceAllocatorErrorsTest {
    private static final long BASE = 0x1000_0000L;
    private ReferenceAllocator a;
    private PhysAddr block4;
    private PhysAddr single;

    @BeforeEach
    void setUp() {
        // Usable: 64 pages with page 40 reserved, so there is a usable hole inside the span.
        a = new ReferenceAllocator(MemoryMap.of(
                12,
                List.of(new MemoryMap.Region(BASE, 64)),
                List.of(new MemoryMap.Reserved(BASE + 40 * 4096, BASE + 41 * 4096))));
        block4 = a.tryAllocPages(4);
        single = a.tryAllocPages(1);
    }

    private void assertAllocRejected(long count, PhysMemError error) {
        ObservableState before = ObservableState.of(a);
        assertEquals(
                error,
                assertThrows(PhysMemException.class, () -> a.tryAllocPages(count))
                        .error());
        assertEquals(before.withRejectedAlloc(), ObservableState.of(a));
        assertEquals(error.code(), a.allocPagesRaw(count));
        assertEquals(before.withRejectedAlloc().withRejectedAlloc(), ObservableState.of(a));
    }

    private void assertFreeRejected(long addr, long count, PhysMemError error) {
        ObservableState before = ObservableState.of(a);
        assertEquals(error.code(), a.freePagesRaw(addr, count));
        assertEquals(before.withRejectedFree(), ObservableState.of(a));
        assertEquals(true, a.checkInvariants());
    }

    @Test
    void zeroAllocation() {
        assertAllocRejected(0, PhysMemError.ZERO_ALLOCATION);
    }

    @Test
    void allocationTooLargeIncludingNegativeCounts() {
        assertAllocRejected(513, PhysMemError.ALLOCATION_TOO_LARGE);
        assertAllocRejected(Long.MAX_VALUE, PhysMemError.ALLOCATION_TOO_LARGE);
        assertAllocRejected(-1, PhysMemError.ALLOCATION_TOO_LARGE);
        assertAllocRejected(Long.MIN_VALUE, PhysMemError.ALLOCATION_TOO_LARGE);
    }

    @Test
    void outOfMemory() {
        assertAllocRejected(64, PhysMemError.OUT_OF_MEMORY);
        a.tryAllocPages(32);
        assertAllocRejected(32, PhysMemError.OUT_OF_MEMORY);
        assertAllocRejected(17, PhysMemError.OUT_OF_MEMORY);
    }

    @Test
    void freeChecksInDesignOrder() {
        assertFreeRejected(block4.asLong(), 0, PhysMemError.ZERO_ALLOCATION);
        assertFreeRejected(block4.asLong() + 1, 4, PhysMemError.UNALIGNED_ADDRESS);
        assertFreeRejected(block4.asLong() + 1, 513, PhysMemError.UNALIGNED_ADDRESS);
        assertFreeRejected(-1, 1, PhysMemError.UNALIGNED_ADDRESS);
        assertFreeRejected(-4096, 1, PhysMemError.ADDRESS_OUT_OF_RANGE);
        assertFreeRejected(Long.MIN_VALUE, 1, PhysMemError.ADDRESS_OUT_OF_RANGE);
        assertFreeRejected(BASE - 4096, 1, PhysMemError.ADDRESS_OUT_OF_RANGE);
        assertFreeRejected(BASE + 64 * 4096, 1, PhysMemError.ADDRESS_OUT_OF_RANGE);
        assertFreeRejected(BASE + 40 * 4096, 1, PhysMemError.ADDRESS_OUT_OF_RANGE);
        assertFreeRejected(block4.asLong(), 513, PhysMemError.ALLOCATION_TOO_LARGE);
        assertFreeRejected(block4.asLong(), -4, PhysMemError.ALLOCATION_TOO_LARGE);
        assertFreeRejected(block4.asLong(), 1, PhysMemError.SIZE_MISMATCH);
        assertFreeRejected(block4.asLong(), 8, PhysMemError.SIZE_MISMATCH);
        assertFreeRejected(block4.asLong() + 4096, 1, PhysMemError.NOT_ALLOCATED);
        assertFreeRejected(BASE + 32 * 4096, 1, PhysMemError.NOT_ALLOCATED);
    }

    @Test
    void doubleFreeIsRejected() {
        a.tryFreePages(single, 1);
        assertFreeRejected(single.asLong(), 1, PhysMemError.NOT_ALLOCATED);
        PhysMemException e = assertThrows(PhysMemException.class, () -> a.deallocPages(single, 1));
        assertEquals(PhysMemError.NOT_ALLOCATED, e.error());
    }

    @Test
    void notInitializedRejectsEverythingWithoutCounting() {
        ReferenceAllocator u = ReferenceAllocator.uninit();
        ObservableState before = ObservableState.of(u);
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), u.allocPagesRaw(1));
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), u.allocPagesRaw(0));
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), u.freePagesRaw(BASE, 1));
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), u.freePagesRaw(-1, 0));
        assertEquals(before, ObservableState.of(u));
        u.reset();
        assertEquals(before, ObservableState.of(u));
    }

    @Test
    void rejectedInitLeavesTheAllocatorAsItWas() {
        ObservableState before = ObservableState.of(a);
        assertEquals(
                PhysMemError.UNALIGNED_ADDRESS,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(BASE + 1), 4))
                        .error());
        assertEquals(
                PhysMemError.ZERO_ALLOCATION,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(BASE), 0))
                        .error());
        assertEquals(
                PhysMemError.ALLOCATION_TOO_LARGE,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(BASE), Long.MAX_VALUE))
                        .error());
        assertEquals(
                PhysMemError.ALLOCATION_TOO_LARGE,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(0), (1L << 24) + 1))
                        .error());
        assertEquals(
                PhysMemError.UNALIGNED_ADDRESS,
                assertThrows(PhysMemException.class, () -> a.init(MemoryMap.single(14, 0, 4)))
                        .error());
        assertThrows(NullPointerException.class, () -> a.init((PhysAddr) null, 4));
        assertThrows(NullPointerException.class, () -> a.init((MemoryMap) null));
        assertEquals(before, ObservableState.of(a));
    }

    @Test
    void capacityOfAProfileIsEnforced() {
        ReferenceAllocator small = new ReferenceAllocator(12, 4, 16);
        small.init(PhysAddr.of(BASE), 16);
        assertEquals(16, small.totalPages());
        assertEquals(
                PhysMemError.ALLOCATION_TOO_LARGE,
                assertThrows(PhysMemException.class, () -> small.init(PhysAddr.of(BASE), 17))
                        .error());
        assertEquals(16, small.totalPages());
    }

    @Test
    void invalidGeometryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReferenceAllocator(0, 10, 16));
        assertThrows(IllegalArgumentException.class, () -> new ReferenceAllocator(12, 0, 16));
        assertThrows(IllegalArgumentException.class, () -> new ReferenceAllocator(12, 25, 16));
        assertThrows(IllegalArgumentException.class, () -> new ReferenceAllocator(12, 10, 0));
    }
}
