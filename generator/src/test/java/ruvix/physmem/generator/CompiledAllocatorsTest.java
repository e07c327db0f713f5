package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.ShippedProfiles;

/**
 * Compiles the allocators of every shipped profile and of {@value #RANDOM_PROFILES} random valid
 * profiles in process, then runs each through random traces whose every result is predicted
 * independently and after whose every call the invariants are checked from outside.
 */
class CompiledAllocatorsTest {
    static final int RANDOM_PROFILES = 20;
    /** Fixed so that a failure reproduces; override with -Dphysmem.seed=... to explore. */
    static final long SEED = Long.getLong("physmem.seed", 0x5EED_2025L);

    @TempDir
    static Path dir;

    static List<AllocatorProfile> profiles;
    static ClassLoader loader;

    @BeforeAll
    static void compileAll() throws Exception {
        profiles = new ArrayList<>(ShippedProfiles.loadAll());
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_PROFILES; i++) {
            profiles.add(RandomProfiles.draw(random, i));
        }
        List<GeneratedSource> sources = new ArrayList<>();
        for (AllocatorProfile profile : profiles) {
            sources.add(AllocatorGenerator.generate(profile));
        }
        loader = SourceCompiler.compile(dir, sources);
    }

    @TestFactory
    Stream<DynamicTest> everyProfile() {
        return profiles.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> exercise(p)));
    }

    private static void exercise(AllocatorProfile profile) throws Exception {
        Class<?> type = loader.loadClass(EmitContext.PACKAGE + "." + profile.className());
        MemoryMap map = profile.defaultMap().orElseThrow();
        PageAllocator fresh = (PageAllocator) type.getMethod("withProfileMap").invoke(null);
        assertEquals(greedy(map, profile), fresh.freeBlocks(), "init: the greedy decomposition of the runs");
        assertEquals(profile.pageShift(), fresh.pageShift());
        assertEquals(profile.maxOrder(), fresh.maxOrder());
        assertEquals(map.regions().get(0).base(), fresh.baseAddr().asLong());
        assertEquals(map.endPfn() << profile.pageShift(), fresh.endAddr().asLong());
        long metadata = (long) type.getMethod("metadataBytes").invoke(fresh);
        assertTrue(
                metadata <= map.spanPages() + 64L * (profile.maxOrder() + 2),
                "at most a byte per spanned page: " + metadata);

        PageAllocator a = (PageAllocator) type.getMethod("withProfileMap").invoke(null);
        new TraceRunner(a, map, SEED ^ profile.name().hashCode(), profile.stats()).run(250);
        a.reset();
        assertEquals(fresh.freeBlocks(), a.freeBlocks(), "reset restores the initial blocks");
        assertEquals(fresh.stats(), a.stats(), "reset zeroes the counters");

        PageAllocator uninit = (PageAllocator) type.getMethod("uninit").invoke(null);
        assertFalse(uninit.isInitialized());
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), uninit.allocPagesRaw(1));
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), uninit.freePagesRaw(0, 1));
        assertEquals(AllocatorStats.empty(uninit.pageSize()), uninit.stats());
        assertEquals(List.of(), uninit.freeBlocks());
        assertEquals(-1, uninit.largestFreeOrder());
        uninit.init(map);
        assertEquals(fresh.freeBlocks(), uninit.freeBlocks(), "init(map) equals the map constructor");

        assertEquals(
                (long) PhysMemError.INVALID_ORDER.code(),
                type.getMethod("allocOrder", int.class).invoke(uninit, -1));
        assertEquals(
                (long) PhysMemError.ALLOCATION_TOO_LARGE.code(),
                type.getMethod("allocOrder", int.class).invoke(uninit, profile.maxOrder()));

        MemoryMap other = otherMap(profile, new Random(SEED + profile.name().hashCode()));
        uninit.init(other);
        new TraceRunner(uninit, other, SEED, profile.stats()).run(120);
    }

    /** A single region at a deliberately unaligned base, within the profile's capacity. */
    private static MemoryMap otherMap(AllocatorProfile profile, Random random) {
        long pages = 1 + random.nextLong(Math.min(profile.capacityPages(), 3000));
        long basePfn = 1 + 2 * random.nextInt(1 << 16);
        return MemoryMap.single(profile.pageShift(), basePfn << profile.pageShift(), pages);
    }

    /** DESIGN.md's init, computed here: each run cut greedily into the largest aligned blocks. */
    static List<Block> greedy(MemoryMap map, AllocatorProfile profile) {
        List<Block> blocks = new ArrayList<>();
        for (MemoryMap.PageRun run : map.usableRuns()) {
            long s = run.startPfn();
            while (s < run.endPfn()) {
                int k = profile.maxOrder() - 1;
                while (s % (1L << k) != 0 || s + (1L << k) > run.endPfn()) {
                    k--;
                }
                blocks.add(new Block(PhysAddr.of(s << profile.pageShift()), k));
                s += 1L << k;
            }
        }
        return blocks;
    }
}
