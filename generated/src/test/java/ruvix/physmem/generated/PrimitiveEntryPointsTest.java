package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/**
 * What the differential suite does not reach through {@link PageAllocator}: the order-based
 * primitive entry points must answer exactly as the count-based ones, and the three ways of
 * building an allocator must give the same allocator; every profile.
 */
class PrimitiveEntryPointsTest {

    /** A generated class's entry points outside the interface. */
    interface Orders {
        long allocOrder(PageAllocator a, int order);

        int freeBlock(PageAllocator a, long addr, int order);
    }

    record Case(
            String name,
            int pageShift,
            int maxOrder,
            long capacity,
            Function<MemoryMap, PageAllocator> fromMap,
            Function<Long, PageAllocator> fromBase,
            Supplier<PageAllocator> uninit,
            Orders orders) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "tiny",
                        TinyAllocator.PAGE_SHIFT,
                        TinyAllocator.MAX_ORDER,
                        TinyAllocator.CAPACITY_PAGES,
                        TinyAllocator::new,
                        n -> new TinyAllocator(PhysAddr.of(0x1000_0000L), n),
                        TinyAllocator::uninit,
                        new Orders() {
                            public long allocOrder(PageAllocator a, int k) {
                                return ((TinyAllocator) a).allocOrder(k);
                            }

                            public int freeBlock(PageAllocator a, long addr, int k) {
                                return ((TinyAllocator) a).freeBlock(addr, k);
                            }
                        }),
                new Case(
                        "crate-default",
                        CrateDefaultAllocator.PAGE_SHIFT,
                        CrateDefaultAllocator.MAX_ORDER,
                        CrateDefaultAllocator.CAPACITY_PAGES,
                        CrateDefaultAllocator::new,
                        n -> new CrateDefaultAllocator(PhysAddr.of(0x1000_0000L), n),
                        CrateDefaultAllocator::uninit,
                        new Orders() {
                            public long allocOrder(PageAllocator a, int k) {
                                return ((CrateDefaultAllocator) a).allocOrder(k);
                            }

                            public int freeBlock(PageAllocator a, long addr, int k) {
                                return ((CrateDefaultAllocator) a).freeBlock(addr, k);
                            }
                        }),
                new Case(
                        "qemu-virt",
                        QemuVirtAllocator.PAGE_SHIFT,
                        QemuVirtAllocator.MAX_ORDER,
                        QemuVirtAllocator.CAPACITY_PAGES,
                        QemuVirtAllocator::new,
                        n -> new QemuVirtAllocator(PhysAddr.of(0x4000_0000L), n),
                        QemuVirtAllocator::uninit,
                        new Orders() {
                            public long allocOrder(PageAllocator a, int k) {
                                return ((QemuVirtAllocator) a).allocOrder(k);
                            }

                            public int freeBlock(PageAllocator a, long addr, int k) {
                                return ((QemuVirtAllocator) a).freeBlock(addr, k);
                            }
                        }),
                new Case(
                        "rpi4",
                        Rpi4Allocator.PAGE_SHIFT,
                        Rpi4Allocator.MAX_ORDER,
                        Rpi4Allocator.CAPACITY_PAGES,
                        Rpi4Allocator::new,
                        n -> new Rpi4Allocator(PhysAddr.of(0), n),
                        Rpi4Allocator::uninit,
                        new Orders() {
                            public long allocOrder(PageAllocator a, int k) {
                                return ((Rpi4Allocator) a).allocOrder(k);
                            }

                            public int freeBlock(PageAllocator a, long addr, int k) {
                                return ((Rpi4Allocator) a).freeBlock(addr, k);
                            }
                        }),
                new Case(
                        "granule-16k",
                        Granule16kAllocator.PAGE_SHIFT,
                        Granule16kAllocator.MAX_ORDER,
                        Granule16kAllocator.CAPACITY_PAGES,
                        Granule16kAllocator::new,
                        n -> new Granule16kAllocator(PhysAddr.of(0x4000_0000L), n),
                        Granule16kAllocator::uninit,
                        new Orders() {
                            public long allocOrder(PageAllocator a, int k) {
                                return ((Granule16kAllocator) a).allocOrder(k);
                            }

                            public int freeBlock(PageAllocator a, long addr, int k) {
                                return ((Granule16kAllocator) a).freeBlock(addr, k);
                            }
                        }),
                new Case(
                        "granule-64k",
                        Granule64kAllocator.PAGE_SHIFT,
                        Granule64kAllocator.MAX_ORDER,
                        Granule64kAllocator.CAPACITY_PAGES,
                        Granule64kAllocator::new,
                        n -> new Granule64kAllocator(PhysAddr.of(0x4000_0000L), n),
                        Granule64kAllocator::uninit,
                        new Orders() {
                            public long allocOrder(PageAllocator a, int k) {
                                return ((Granule64kAllocator) a).allocOrder(k);
                            }

                            public int freeBlock(PageAllocator a, long addr, int k) {
                                return ((Granule64kAllocator) a).freeBlock(addr, k);
                            }
                        }));
    }

    /** Three regions with a hole and an unaligned reservation, well inside every capacity. */
    private static MemoryMap map(Case c) {
        long page = 1L << c.pageShift();
        long pages = Math.min(c.capacity() / 4, 300);
        return MemoryMap.of(
                c.pageShift(),
                List.of(new MemoryMap.Region(page * 3, pages), new MemoryMap.Region(page * (3 + pages + 5), pages)),
                List.of(new MemoryMap.Reserved(page * 7 + 1, page * 9)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void orderEntryPointsAnswerAsCountEntryPoints(Case c) {
        MemoryMap map = map(c);
        PageAllocator byOrder = c.fromMap().apply(map);
        PageAllocator byCount = c.fromMap().apply(map);
        SplittableRandom random = new SplittableRandom(c.name().hashCode());
        List<long[]> live = new java.util.ArrayList<>();
        for (int step = 0; step < 3000; step++) {
            if (live.isEmpty() || random.nextInt(3) > 0) {
                int k = random.nextInt(c.maxOrder() + 1);
                long addr = c.orders().allocOrder(byOrder, k);
                assertEquals(byCount.allocPagesRaw(1L << k), addr, "allocOrder(" + k + ")");
                if (addr >= 0) {
                    live.add(new long[] {addr, k});
                }
            } else {
                long[] b = live.remove(random.nextInt(live.size()));
                int k = (int) b[1] + (random.nextInt(8) == 0 ? 1 : 0);
                long addr = b[0] + (random.nextInt(8) == 0 ? 1L << c.pageShift() : 0);
                int result = c.orders().freeBlock(byOrder, addr, k);
                assertEquals(byCount.freePagesRaw(addr, 1L << k), result, "freeBlock(" + addr + ", " + k + ")");
                if (result != 0) {
                    // The exact free after a hostile one; a hostile free may have freed a neighbour instead.
                    assertEquals(
                            byCount.freePagesRaw(b[0], 1L << b[1]), c.orders().freeBlock(byOrder, b[0], (int) b[1]));
                }
            }
        }
        assertEquals(byCount.freeBlocks(), byOrder.freeBlocks());
        assertEquals(byCount.stats(), byOrder.stats());
        assertEquals(byCount.orderStats(), byOrder.orderStats());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void negativeOrdersAreInvalidAndChangeNothingButTheCounters(Case c) {
        PageAllocator a = c.fromMap().apply(map(c));
        var before = a.freeBlocks();
        assertEquals(PhysMemError.INVALID_ORDER.code(), c.orders().allocOrder(a, -1));
        assertEquals(
                PhysMemError.INVALID_ORDER.code(),
                c.orders().freeBlock(a, a.baseAddr().asLong(), -1));
        assertEquals(PhysMemError.ALLOCATION_TOO_LARGE.code(), c.orders().allocOrder(a, c.maxOrder()));
        assertEquals(before, a.freeBlocks());
        assertEquals(0, a.freeBlocksAtOrder(-1));
        assertEquals(0, a.freeBlocksAtOrder(c.maxOrder()));
        PageAllocator u = c.uninit().get();
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), c.orders().allocOrder(u, 0));
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), c.orders().freeBlock(u, 0, 0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theThreeWaysToBuildAnAllocatorAgree(Case c) {
        for (long pages : new long[] {1, 2, 3, 5, Math.min(c.capacity(), 777)}) {
            PageAllocator byBase = c.fromBase().apply(pages);
            PageAllocator deferred = c.uninit().get();
            deferred.init(byBase.baseAddr(), pages);
            PageAllocator byMap = c.fromMap()
                    .apply(MemoryMap.single(c.pageShift(), byBase.baseAddr().asLong(), pages));
            for (PageAllocator other : List.of(deferred, byMap)) {
                assertEquals(byBase.freeBlocks(), other.freeBlocks());
                assertEquals(byBase.stats(), other.stats());
                assertEquals(byBase.endAddr(), other.endAddr());
                assertEquals(pages, other.totalPages());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rejectedInitsLeaveTheAllocatorAsItWas(Case c) {
        PageAllocator a = c.fromBase().apply(Math.min(c.capacity(), 64));
        long base = a.baseAddr().asLong();
        a.allocPagesRaw(1);
        var blocks = a.freeBlocks();
        var stats = a.stats();
        assertEquals(
                PhysMemError.UNALIGNED_ADDRESS,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(base + 1), 4))
                        .error());
        assertEquals(
                PhysMemError.ZERO_ALLOCATION,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(base), 0))
                        .error());
        assertEquals(
                PhysMemError.ZERO_ALLOCATION,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(base), -7))
                        .error());
        assertEquals(
                PhysMemError.ALLOCATION_TOO_LARGE,
                assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(base), c.capacity() + 1))
                        .error());
        assertEquals(blocks, a.freeBlocks());
        assertEquals(stats, a.stats());
    }
}
