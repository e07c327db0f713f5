package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.OrderStats;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.Physmem;
import ruvix.physmem.WatermarkLevel;

/**
 * The issue-8 requests on generated allocators, by hand and against predictions computed here
 * from the public snapshots: constrained allocation (every rejection, the choice the spec
 * describes, the carve), bulk and all-or-nothing bulk, the live-block walk, and watermarks. Four
 * profiles: the debug build (tiny), the crate's, one with holes and reservations (rpi4) and one
 * without statistics (granule-64k).
 */
class RequestsTest {
    private static final long OOM = PhysMemError.OUT_OF_MEMORY.code();

    record Case(String name, Supplier<PageAllocator> fresh, Supplier<PageAllocator> uninit, boolean stats) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("tiny", TinyAllocator::withProfileMap, TinyAllocator::uninit, true),
                new Case("crate-default", CrateDefaultAllocator::withProfileMap, CrateDefaultAllocator::uninit, true),
                new Case("rpi4", Rpi4Allocator::withProfileMap, Rpi4Allocator::uninit, true),
                new Case("granule-64k", Granule64kAllocator::withProfileMap, Granule64kAllocator::uninit, false));
    }

    /** Everything a call could change. */
    record State(
            List<Block> free,
            List<Block> allocated,
            AllocatorStats stats,
            List<OrderStats> orders,
            long min,
            long low) {}

    static State state(PageAllocator a) {
        return new State(
                a.freeBlocks(), a.allocatedBlocks(), a.stats(), a.orderStats(), a.minWatermark(), a.lowWatermark());
    }

    /** {@code call} answers {@code code} and changes nothing but the failed-allocation counter. */
    static void assertRefused(Case c, PageAllocator a, long code, LongSupplier call) {
        State before = state(a);
        assertEquals(code, call.getAsLong());
        State after = state(a);
        AllocatorStats s = before.stats();
        AllocatorStats expected = c.stats() && a.isInitialized()
                ? new AllocatorStats(
                        s.pageSize(),
                        s.totalPages(),
                        s.freePages(),
                        s.successfulAllocations(),
                        s.failedAllocations() + 1,
                        s.frees(),
                        s.rejectedFrees(),
                        s.splits(),
                        s.coalesces(),
                        s.peakUsedPages())
                : s;
        assertEquals(
                new State(before.free(), before.allocated(), expected, before.orders(), before.min(), before.low()),
                after);
    }

    private static long page(PageAllocator a, long pages) {
        return pages << a.pageShift();
    }

    /** The block of {@code order} at page {@code index} from {@code base}, 4 KiB pages. */
    private static Block block(long base, long index, int order) {
        return new Block(PhysAddr.of(base + index * 4096), order);
    }

    // Constrained allocation.

    @ParameterizedTest
    @MethodSource("cases")
    void constrainedRejectsHostileArgumentsInOrderAndChangesNothing(Case c) {
        PageAllocator a = c.fresh().get();
        long base = a.baseAddr().asLong();
        long end = a.endAddr().asLong();
        a.allocPagesRaw(1);
        int max = a.maxOrder();
        long tooMany = 1L << max;
        long big = Long.MAX_VALUE;
        assertRefused(
                c, a, PhysMemError.ZERO_ALLOCATION.code(), () -> a.allocPagesConstrainedRaw(0, -1, -1, -2, false));
        for (long count : new long[] {-1, tooMany, tooMany + 1, Long.MIN_VALUE, big}) {
            assertRefused(
                    c,
                    a,
                    PhysMemError.ALLOCATION_TOO_LARGE.code(),
                    () -> a.allocPagesConstrainedRaw(count, max, -1, -2, false));
        }
        for (int align : new int[] {-1, max, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertRefused(
                    c, a, PhysMemError.INVALID_ORDER.code(), () -> a.allocPagesConstrainedRaw(1, align, -1, -2, false));
        }
        for (long[] window : new long[][] {{-1, end}, {Long.MIN_VALUE, big}, {end, base}, {1, 0}, {big, big - 1}}) {
            assertRefused(
                    c,
                    a,
                    PhysMemError.ADDRESS_OUT_OF_RANGE.code(),
                    () -> a.allocPagesConstrainedRaw(1, 0, window[0], window[1], false));
        }
        // Windows that hold no fitting block: out of memory, counted, nothing else changes.
        long[][] empty = {
            {0, base}, // below the memory (rpi4's memory starts at 0: an empty window)
            {end, big}, // above it
            {big, big},
            {base, base + page(a, 1) - 1}, // less than a page
            {base + 1, base + page(a, 2) - 1}, // no whole page
        };
        for (long[] window : empty) {
            assertRefused(c, a, OOM, () -> a.allocPagesConstrainedRaw(1, 0, window[0], window[1], false));
        }
        // An alignment no block reaches, and a block larger than the window.
        assertRefused(
                c,
                a,
                OOM,
                () -> a.allocPagesConstrainedRaw(1, max - 1, base + 1, base + page(a, 1L << (max - 1)), false));
        assertRefused(c, a, OOM, () -> a.allocPagesConstrainedRaw(4, 0, base, base + page(a, 3), true));
        // The min watermark, after the argument checks.
        a.setWatermarks(a.freePageCount(), a.freePageCount());
        assertRefused(
                c, a, PhysMemError.ADDRESS_OUT_OF_RANGE.code(), () -> a.allocPagesConstrainedRaw(1, 0, 1, 0, false));
        assertRefused(c, a, OOM, () -> a.allocPagesConstrainedRaw(1, 0, 0, big, false));
        assertTrue(a.allocPagesConstrainedRaw(1, 0, 0, big, true) >= 0, "a critical request may use the reserve");

        PageAllocator uninit = c.uninit().get();
        assertRefused(
                c,
                uninit,
                PhysMemError.NOT_INITIALIZED.code(),
                () -> uninit.allocPagesConstrainedRaw(0, -1, -1, -2, false));
    }

    /** Hand-worked on the crate's map, 8 free blocks of 512 pages at 0x1000_0000. */
    @Test
    void carveFreesEveryHalfThatDoesNotHoldThePage() {
        CrateDefaultAllocator a = CrateDefaultAllocator.withProfileMap();
        long base = 0x1000_0000L;
        // Page 3, alone: the first block is split nine times around it.
        assertEquals(base + 3 * 4096, a.allocPagesConstrainedRaw(1, 0, base + 3 * 4096 - 4095, Long.MAX_VALUE, false));
        List<Block> expected = new ArrayList<>(List.of(block(base, 0, 1), block(base, 2, 0), block(base, 4, 2)));
        for (int k = 3; k < 9; k++) {
            expected.add(block(base, 1L << k, k));
        }
        for (int b = 1; b < 8; b++) {
            expected.add(block(base, 512L * b, 9));
        }
        assertEquals(expected, a.freeBlocks());
        assertEquals(List.of(block(base, 3, 0)), a.allocatedBlocks());
        assertEquals(9, a.stats().splits());
        assertEquals(1, a.stats().successfulAllocations());
        assertEquals(1, a.orderStats().get(0).allocations());

        // One page aligned to 8 pages: the smallest order >= 3 with a free block is 3, at page 8.
        assertEquals(base + 8 * 4096, a.allocPagesConstrainedRaw(1, 3, 0, Long.MAX_VALUE, false));
        assertEquals(12, a.stats().splits());
        assertEquals(OptionalInt.of(0), a.allocatedOrder(PhysAddr.of(base + 8 * 4096)));
        assertTrue(a.freeBlocks().containsAll(List.of(block(base, 9, 0), block(base, 10, 1), block(base, 12, 2))));

        // Four pages aligned to 64 below page 1024: the free block of order 6 at 64 fits.
        assertEquals(base + 64 * 4096, a.allocPagesConstrainedRaw(4, 6, base, base + 1024 * 4096, false));
        // A 512-page block in [page 700, page 1700): only block 1024 fits, since 512 does not start inside.
        assertEquals(
                base + 1024 * 4096, a.allocPagesConstrainedRaw(512, 0, base + 700 * 4096, base + 1700 * 4096, false));
        assertEquals(OOM, a.allocPagesConstrainedRaw(512, 0, base + 700 * 4096, base + 1700 * 4096, false));
    }

    /** Without constraints a constrained allocation is the plain one: same addresses, same counters. */
    @ParameterizedTest
    @MethodSource("cases")
    void unconstrainedEqualsPlainOnRandomTraces(Case c) {
        PageAllocator plain = c.fresh().get();
        PageAllocator constrained = c.fresh().get();
        SplittableRandom random = new SplittableRandom(0xC0FFEE + c.name().hashCode());
        List<Long> live = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            if (live.isEmpty() || random.nextInt(100) < 55) {
                int order = Math.min(plain.maxOrder() - 1, Integer.numberOfTrailingZeros(random.nextInt() | 1 << 20));
                long count = (1L << order) - (order > 0 && random.nextBoolean() ? 1 : 0);
                // An alignment up to the block's own order constrains nothing.
                int align = random.nextInt(Physmem.pagesToOrder(count) + 1);
                long expected = plain.allocPagesRaw(count);
                assertEquals(expected, constrained.allocPagesConstrainedRaw(count, align, 0, Long.MAX_VALUE, false));
                if (expected >= 0) {
                    live.add(expected);
                    counts.add(count);
                }
            } else {
                int victim = random.nextInt(live.size());
                long addr = live.remove(victim);
                long count = counts.remove(victim);
                assertEquals(0, plain.freePagesRaw(addr, count));
                assertEquals(0, constrained.freePagesRaw(addr, count));
            }
            assertEquals(plain.stats(), constrained.stats());
            if (i % 100 == 0) {
                assertEquals(plain.freeBlocks(), constrained.freeBlocks());
                assertEquals(plain.orderStats(), constrained.orderStats());
            }
        }
        assertEquals(plain.freeBlocks(), constrained.freeBlocks());
    }

    /**
     * Random windows and alignments, every result predicted from the free-block snapshot as the
     * spec words it: the smallest order from the alignment up whose lowest block reaching the
     * window's first aligned page fits, and in it the lowest such page.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void randomWindowsGetTheBlockTheSpecDescribes(Case c) {
        PageAllocator a = c.fresh().get();
        SplittableRandom random = new SplittableRandom(0xD1A + c.name().hashCode());
        long base = a.baseAddr().asLong();
        long span = a.endAddr().asLong() - base;
        Map<Long, Integer> live = new TreeMap<>();
        int accepted = 0;
        for (int i = 0; i < 1500; i++) {
            if (live.isEmpty() || random.nextInt(100) < 60) {
                int order = random.nextInt(a.maxOrder());
                int align = random.nextInt(a.maxOrder());
                long low = Math.max(0, base - span / 8 + random.nextLong(span + span / 4));
                long high = random.nextInt(10) == 0 ? Long.MAX_VALUE : low + random.nextLong(span / 2 + 1);
                long[] predicted = predict(a, order, align, low, high);
                long splits = a.stats().splits();
                long free = a.freePageCount();
                long result = a.allocPagesConstrainedRaw(1L << order, align, low, high, false);
                assertEquals(
                        predicted[0],
                        result,
                        () -> "order " + order + " align " + align + " [" + low + ", " + high + ")");
                if (result >= 0) {
                    accepted++;
                    live.put(result, order);
                    assertEquals(free - (1L << order), a.freePageCount());
                    assertEquals(
                            c.stats() ? splits + predicted[1] - order : 0,
                            a.stats().splits());
                    assertEquals(0, (result >> a.pageShift()) % (1L << Math.max(order, align)));
                    assertTrue(result >= low && result + page(a, 1L << order) <= high);
                }
            } else {
                Long addr = live.keySet().stream()
                        .skip(random.nextInt(live.size()))
                        .findFirst()
                        .orElseThrow();
                assertEquals(0, a.freePagesRaw(addr, 1L << live.remove(addr)));
            }
        }
        assertTrue(accepted > 100, "the trace allocated: " + accepted);
    }

    /** The address and order of the block the spec chooses, or {OUT_OF_MEMORY, -1}. */
    private static long[] predict(PageAllocator a, int k, int align, long lowAddr, long highAddr) {
        int shift = a.pageShift();
        int e = Math.max(k, align);
        long lowPfn = (lowAddr >> shift) + ((lowAddr & (a.pageSize() - 1)) != 0 ? 1 : 0);
        long first = (lowPfn + (1L << e) - 1) & -(1L << e);
        long highPfn = highAddr >> shift;
        List<Block> free = a.freeBlocks();
        for (int j = e; j < a.maxOrder(); j++) {
            for (Block b : free) {
                long head = b.addr().asLong() >> shift;
                if (b.order() != j || head + (1L << j) <= first) {
                    continue;
                }
                long p = Math.max(head, first);
                if (p + (1L << k) <= highPfn) {
                    return new long[] {p << shift, j};
                }
                break;
            }
        }
        return new long[] {OOM, -1};
    }

    @Test
    void dmaWindowBelowAnAddressIsServedOnlyFromBelowIt() {
        QemuVirtAllocator a = QemuVirtAllocator.withProfileMap();
        long limit = 0x4100_0000L; // the first 16 MiB of RAM, minus the reservations
        List<Long> dma = new ArrayList<>();
        long addr;
        while ((addr = a.allocPagesConstrainedRaw(4, 0, 0, limit, false)) >= 0) {
            dma.add(addr);
            assertTrue(addr + 4 * 4096 <= limit, Long.toHexString(addr));
        }
        assertEquals(OOM, addr);
        // Below the limit: 16 MiB less 1 MiB and 4 MiB reserved, in blocks of 4 pages.
        assertEquals((0x100_0000L - 0x10_0000L - 0x40_0000L) / (4 * 4096), dma.size());
        assertEquals(dma.stream().sorted().toList(), dma, "lowest address first");
        long plain = a.allocPagesRaw(4);
        assertTrue(plain >= limit, "plain allocation still served above the window");
    }

    // Bulk allocation.

    @ParameterizedTest
    @MethodSource("cases")
    void bulkRejectsHostileArgumentsAndChangesNothing(Case c) {
        PageAllocator a = c.fresh().get();
        long[] out = new long[4];
        for (int n : new int[] {-1, 5, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            State before = state(a);
            assertThrows(IndexOutOfBoundsException.class, () -> a.allocPagesBulk(0, n, out, false));
            assertThrows(IndexOutOfBoundsException.class, () -> a.allocPagesBulkExact(-1, n, out, true));
            assertEquals(before, state(a));
        }
        State before = state(a);
        assertThrows(NullPointerException.class, () -> a.allocPagesBulk(0, 1, null, false));
        assertThrows(NullPointerException.class, () -> a.allocPagesBulkExact(0, 0, null, false));
        assertEquals(before, state(a));
        for (int order : new int[] {-1, a.maxOrder(), Integer.MIN_VALUE}) {
            assertRefused(c, a, PhysMemError.INVALID_ORDER.code(), () -> a.allocPagesBulk(order, 0, out, false));
            assertRefused(c, a, PhysMemError.INVALID_ORDER.code(), () -> a.allocPagesBulkExact(order, 4, out, true));
        }
        assertEquals(before.free(), a.freeBlocks());
        assertEquals(0, a.allocPagesBulk(0, 0, out, false));
        assertEquals(0, a.allocPagesBulkExact(a.maxOrder() - 1, 0, new long[0], false));
        assertEquals(before.free(), a.freeBlocks());
        assertEquals(
                before.stats().failedAllocations() + (c.stats() ? 6 : 0),
                a.stats().failedAllocations());
        assertArrayEquals(new long[4], out, "nothing written");

        PageAllocator uninit = c.uninit().get();
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), uninit.allocPagesBulk(-1, 4, out, false));
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), uninit.allocPagesBulkExact(-1, 4, out, false));
        assertThrows(IndexOutOfBoundsException.class, () -> uninit.allocPagesBulk(0, 5, out, false));
    }

    @Test
    void bulkStopsShortAndCountsOneFailedAllocation() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        long base = 0x1000_0000L;
        long[] out = new long[8];
        Arrays.fill(out, 7);
        assertEquals(4, a.allocPagesBulk(2, 6, out, false));
        assertArrayEquals(new long[] {base, base + 0x4000, base + 0x8000, base + 0xC000, 7, 7, 7, 7}, out);
        assertEquals(4, a.stats().successfulAllocations());
        assertEquals(1, a.stats().failedAllocations());
        assertEquals(2, a.stats().splits());
        assertEquals(4, a.orderStats().get(2).allocations());
        assertEquals(0, a.allocPagesBulk(0, 3, out, true));
        assertEquals(2, a.stats().failedAllocations());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void bulkIsTheLoopOfSingleAllocations(Case c) {
        PageAllocator bulk = c.fresh().get();
        PageAllocator single = c.fresh().get();
        SplittableRandom random = new SplittableRandom(0xB01C + c.name().hashCode());
        long[] out = new long[64];
        for (int round = 0; round < 60; round++) {
            int order = random.nextInt(bulk.maxOrder());
            int n = random.nextInt(out.length + 1);
            boolean critical = random.nextBoolean();
            if (random.nextInt(4) == 0) {
                long min = random.nextLong(bulk.totalPages() / 4 + 1);
                bulk.setWatermarks(min, min);
                single.setWatermarks(min, min);
            }
            int got = bulk.allocPagesBulk(order, n, out, critical);
            int expected = 0;
            while (expected < n) {
                long addr = single.allocPagesRaw(1L << order, critical);
                if (addr < 0) {
                    break;
                }
                assertEquals(addr, out[expected++]);
            }
            assertEquals(expected, got);
            assertEquals(single.stats(), bulk.stats());
            for (int i = 0; i < got; i += 2) {
                assertEquals(0, bulk.freePagesRaw(out[i], 1L << order));
                assertEquals(0, single.freePagesRaw(out[i], 1L << order));
            }
        }
        assertEquals(single.freeBlocks(), bulk.freeBlocks());
    }

    @Test
    void exactRefusesWithoutChangingAnything() {
        Case c = new Case("tiny", TinyAllocator::withProfileMap, TinyAllocator::uninit, true);
        TinyAllocator a = TinyAllocator.withProfileMap();
        long[] out = new long[16];
        Arrays.fill(out, 7);
        // 16 pages hold four blocks of 4 pages, not five.
        assertRefused(c, a, OOM, () -> a.allocPagesBulkExact(2, 5, out, true));
        // Fragmented: pages 0, 2, 4, ..., 14 in use, 8 free pages, no free pair.
        long[] pages = new long[16];
        assertEquals(16, a.allocPagesBulkExact(0, 16, pages, false));
        for (int i = 1; i < 16; i += 2) {
            assertEquals(0, a.freePagesRaw(pages[i], 1));
        }
        assertEquals(8, a.freePageCount());
        assertRefused(c, a, OOM, () -> a.allocPagesBulkExact(1, 1, out, true));
        // The min watermark counts the pages of all n blocks, critical requests excepted.
        a.setWatermarks(3, 3);
        assertRefused(c, a, OOM, () -> a.allocPagesBulkExact(0, 6, out, false));
        assertArrayEquals(new long[] {7, 7, 7, 7}, Arrays.copyOf(out, 4), "nothing written");
        assertEquals(5, a.allocPagesBulkExact(0, 5, out, false));
        assertEquals(3, a.freePageCount());
        assertEquals(3, a.allocPagesBulkExact(0, 3, out, true));
        assertEquals(0, a.freePageCount());
    }

    // The live-block walk and allocatedOrderRaw.

    @ParameterizedTest
    @MethodSource("cases")
    void walkVisitsExactlyTheAllocatedBlocksInOrder(Case c) {
        PageAllocator a = c.fresh().get();
        SplittableRandom random = new SplittableRandom(0x3A1C + c.name().hashCode());
        TreeMap<Long, Integer> live = new TreeMap<>();
        long base = a.baseAddr().asLong();
        long end = a.endAddr().asLong();
        int rounds = c.name().equals("rpi4") ? 40 : 200;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 10; i++) {
                if (live.isEmpty() || random.nextInt(100) < 60) {
                    int order = random.nextInt(Math.min(a.maxOrder(), 4));
                    long addr = random.nextBoolean()
                            ? a.allocPagesRaw(1L << order)
                            : a.allocPagesConstrainedRaw(
                                    1L << order, 0, base + random.nextLong(end - base), Long.MAX_VALUE, false);
                    if (addr >= 0) {
                        live.put(addr, order);
                    }
                } else {
                    long addr = live.keySet().stream()
                            .skip(random.nextInt(live.size()))
                            .findFirst()
                            .orElseThrow();
                    assertEquals(0, a.freePagesRaw(addr, 1L << live.remove(addr)));
                }
            }
            List<Block> expected = new ArrayList<>();
            live.forEach((addr, order) -> expected.add(new Block(PhysAddr.of(addr), order)));
            assertEquals(expected, a.allocatedBlocks());
            for (int probe = 0; probe < 8; probe++) {
                long from = base - a.pageSize() + random.nextLong(end - base + 2 * a.pageSize());
                long aligned = (from + a.pageSize() - 1) & -a.pageSize();
                Long next = live.ceilingKey(aligned);
                assertEquals(next == null ? -1 : next, a.nextAllocatedBlock(from), "from " + from);
                Map.Entry<Long, Integer> below = live.floorEntry(from);
                if (below != null && from < below.getKey() + page(a, 1L << below.getValue())) {
                    boolean head = from == below.getKey();
                    assertEquals(head ? below.getValue() : -1, a.allocatedOrderRaw(from), "at " + from);
                }
            }
        }
        long first = live.isEmpty() ? -1 : live.firstKey();
        assertEquals(first, a.nextAllocatedBlock(Long.MIN_VALUE));
        assertEquals(first, a.nextAllocatedBlock(0));
        assertEquals(-1, a.nextAllocatedBlock(end));
        assertEquals(-1, a.nextAllocatedBlock(Long.MAX_VALUE));
        assertEquals(-1, a.allocatedOrderRaw(-a.pageSize()));
        assertEquals(-1, a.allocatedOrderRaw(Long.MIN_VALUE));
        assertEquals(-1, a.allocatedOrderRaw(Long.MAX_VALUE & -a.pageSize()));
        if (!live.isEmpty()) {
            assertEquals(-1, a.allocatedOrderRaw(live.firstKey() + 1), "unaligned");
        }
        a.reset();
        assertEquals(-1, a.nextAllocatedBlock(0));
        assertEquals(List.of(), a.allocatedBlocks());
        PageAllocator uninit = c.uninit().get();
        assertEquals(-1, uninit.nextAllocatedBlock(0));
        assertEquals(-1, uninit.allocatedOrderRaw(0));
    }

    // Watermarks.

    @ParameterizedTest
    @MethodSource("cases")
    void watermarksRefuseNonCriticalRequestsOnly(Case c) {
        PageAllocator a = c.fresh().get();
        assertEquals(0, a.minWatermark());
        assertEquals(0, a.lowWatermark());
        assertEquals(WatermarkLevel.OK, a.watermarkLevel());
        for (long[] bad : new long[][] {{-1, 0}, {5, 4}, {Long.MIN_VALUE, Long.MAX_VALUE}, {1, -1}}) {
            State before = state(a);
            assertThrows(IllegalArgumentException.class, () -> a.setWatermarks(bad[0], bad[1]));
            assertEquals(before, state(a));
        }
        long total = a.totalPages();
        long top = 1L << (a.maxOrder() - 1);
        a.setWatermarks(total - top, total);
        assertEquals(WatermarkLevel.OK, a.watermarkLevel());
        // One top block leaves exactly min: allowed. Then the free pages are below low.
        long block = a.allocPagesRaw(top);
        assertTrue(block >= 0);
        assertEquals(WatermarkLevel.BELOW_LOW, a.watermarkLevel());
        assertRefused(c, a, OOM, () -> a.allocPagesRaw(1));
        assertRefused(c, a, OOM, () -> a.allocPagesRaw(1, false));
        assertRefused(c, a, OOM, () -> a.allocPagesConstrainedRaw(1, 0, 0, Long.MAX_VALUE, false));
        assertRefused(c, a, 0, () -> a.allocPagesBulk(0, 1, new long[1], false));
        long critical = a.allocPagesRaw(1, true);
        assertTrue(critical >= 0, "critical requests use the reserve");
        assertEquals(WatermarkLevel.BELOW_MIN, a.watermarkLevel());
        // Kept across reset and init.
        a.reset();
        assertEquals(total - top, a.minWatermark());
        assertEquals(total, a.lowWatermark());
        a.init(PhysAddr.of(0), 1);
        assertEquals(total - top, a.minWatermark());
        assertEquals(WatermarkLevel.BELOW_MIN, a.watermarkLevel());
        a.setWatermarks(0, 0);
        assertEquals(0, a.allocPagesRaw(1));
    }

    @Test
    void allocOrderIsANonCriticalRequest() {
        CrateDefaultAllocator a = CrateDefaultAllocator.withProfileMap();
        a.setWatermarks(4095, 4095);
        assertTrue(a.allocOrder(0) >= 0);
        assertEquals(OOM, a.allocOrder(0));
        assertEquals(1, a.stats().failedAllocations());
    }
}
