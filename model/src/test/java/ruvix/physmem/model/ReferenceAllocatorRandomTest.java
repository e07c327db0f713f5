package ruvix.physmem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.MemoryMap.Region;
import ruvix.physmem.MemoryMap.Reserved;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.Physmem;

/**
 * Seeded random operation sequences, hostile calls included, with the core's invariant check
 * after every step and the adapter's books balanced against a shadow list of live blocks.
 */
class ReferenceAllocatorRandomTest {
    private static final int STEPS_PER_MAP = 25_000;

    record Scenario(String name, MemoryMap map, long seed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("crate 1024 pages", MemoryMap.single(12, 0x1000_0000L, 1024), 1),
                new Scenario(
                        "unaligned base with holes and reserved ranges",
                        MemoryMap.of(
                                12,
                                List.of(new Region(0x3000, 700), new Region(0x400000, 300)),
                                List.of(new Reserved(0x50000, 0x52001, "kernel"), new Reserved(0x400800, 0x400900))),
                        2),
                new Scenario(
                        "many small regions",
                        MemoryMap.of(
                                12,
                                List.of(
                                        new Region(0x0, 3),
                                        new Region(0x8000, 17),
                                        new Region(0x40000, 129),
                                        new Region(0x100000, 512)),
                                List.of(new Reserved(0x100000 + 0x1000 * 100, 0x100000 + 0x1000 * 101))),
                        3),
                new Scenario("16 KiB pages", MemoryMap.single(14, 0x4000_0000L, 777), 4));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void randomSequencesKeepEveryInvariant(Scenario scenario) {
        ReferenceAllocator a = new ReferenceAllocator(scenario.map());
        long pageSize = a.pageSize();
        SplittableRandom random = new SplittableRandom(scenario.seed());
        List<long[]> live = new ArrayList<>();
        long livePages = 0;
        long accepted = 0;
        long rejected = 0;
        for (int step = 0; step < STEPS_PER_MAP; step++) {
            int op = random.nextInt(100);
            if (op < 45 || live.isEmpty()) {
                long count = random.nextInt(8) == 0 ? random.nextLong(-2, 1200) : 1L << random.nextInt(6);
                long addr = a.allocPagesRaw(count);
                if (addr >= 0) {
                    long pages = 1L << Physmem.pagesToOrder(count);
                    assertEquals(0, addr % (pageSize * pages), "absolutely aligned");
                    live.add(new long[] {addr, count});
                    livePages += pages;
                    accepted++;
                } else {
                    rejected++;
                }
            } else if (op < 90) {
                long[] block = live.remove(random.nextInt(live.size()));
                assertEquals(0, a.freePagesRaw(block[0], block[1]));
                livePages -= 1L << Physmem.pagesToOrder(block[1]);
                accepted++;
            } else {
                long addr = random.nextBoolean() && !live.isEmpty()
                        ? live.get(random.nextInt(live.size()))[0] + pageSize * random.nextInt(3)
                        : a.baseAddr().asLong() + random.nextLong(-8, 2000) * (random.nextInt(4) == 0 ? 1 : pageSize);
                long count = 1L << random.nextInt(4);
                OptionalInt order = addr >= 0 && addr % pageSize == 0
                        ? a.allocatedOrder(ruvix.physmem.PhysAddr.of(addr))
                        : OptionalInt.empty();
                int result = a.freePagesRaw(addr, count);
                if (result == 0) {
                    assertEquals(OptionalInt.of(Physmem.pagesToOrder(count)), order);
                    long freedAddr = addr;
                    live.removeIf(b -> b[0] == freedAddr);
                    livePages -= count;
                    accepted++;
                } else {
                    assertTrue(order.isEmpty()
                            || order.getAsInt() != Physmem.pagesToOrder(count)
                            || result == PhysMemError.ADDRESS_OUT_OF_RANGE.code());
                    rejected++;
                }
            }
            assertTrue(a.checkInvariants(), () -> "invariants after step of " + scenario);
            assertEquals(a.totalPages(), a.freePageCount() + livePages, "conservation");
            assertEquals(livePages, a.usedPages());
        }
        assertEquals(accepted + rejected, STEPS_PER_MAP);
        assertTrue(accepted > STEPS_PER_MAP / 2, "the sequence mostly exercises accepted operations");
        for (long[] block : live) {
            assertEquals(0, a.freePagesRaw(block[0], block[1]));
        }
        assertEquals(a.totalPages(), a.freePageCount(), "nothing lost after draining");
        a.reset();
        assertEquals(new ReferenceAllocator(scenario.map()).freeBlocks(), a.freeBlocks(), "drained = fresh");
    }
}
