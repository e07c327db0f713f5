package ruvix.physmem.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.model.ReferenceAllocator;

class DifferentialHarnessTest {
    private static final MemoryMap TINY = MemoryMap.single(12, 0x1000_0000L, 16);

    private static AllocatorFactory reference(int maxOrder) {
        return map -> {
            ReferenceAllocator a = new ReferenceAllocator(map.pageShift(), maxOrder, 1 << 20);
            a.init(map);
            return a;
        };
    }

    private static DifferentialSetup setup(AllocatorFactory candidate) {
        return new DifferentialSetup("tiny", TINY, reference(10), candidate, true, 3);
    }

    @Test
    void identicalAllocatorsNeverDiverge() {
        DifferentialSetup same = new DifferentialSetup("tiny", TINY, reference(4), reference(4), true, 1);
        ExhaustiveExplorer.Result exhaustive =
                ExhaustiveExplorer.explore(same, ExhaustiveExplorer.hostileAlphabet(4), 3);
        assertEquals(Optional.empty(), exhaustive.divergence());
        long alphabet = ExhaustiveExplorer.hostileAlphabet(4).size();
        assertEquals(alphabet * alphabet * alphabet, exhaustive.sequences());
        assertEquals(3 * exhaustive.sequences(), exhaustive.calls());
        RandomDriver.Result random = RandomDriver.run(same, 7, 20_000, 500);
        assertEquals(Optional.empty(), random.divergence());
        assertEquals(20_000, random.calls());
    }

    @Test
    void requestAlphabetExploresEveryRequestWithoutFalseAlarms() {
        DifferentialSetup same = new DifferentialSetup("tiny", TINY, reference(4), reference(4), true, 1);
        ExhaustiveExplorer.Result result = DifferentialChecks.exhaustiveRequests(same, 2);
        long alphabet = Move.requestAlphabet(4).size();
        assertEquals(alphabet * alphabet, result.sequences());
        RandomDriver.Result random = RandomDriver.run(same, 11, 20_000, 500);
        assertEquals(Optional.empty(), random.divergence());
        for (String kind :
                List.of("alloc-constrained", "alloc-bulk", "alloc-bulk-exact", "alloc-critical", "watermarks")) {
            assertTrue(random.outcomes().getOrDefault(kind, 0L) > 0, kind + " in " + random.outcomes());
        }
        assertTrue(random.outcomes().getOrDefault("refused", 0L) > 0, "refused watermarks: " + random.outcomes());
    }

    @Test
    void aCandidateThatIgnoresTheWindowIsCaughtAndShrunk(@TempDir Path dir) {
        DifferentialSetup broken = setup(IgnoresTheWindow::new);
        ExhaustiveExplorer.Result result = ExhaustiveExplorer.explore(broken, Move.requestAlphabet(10), 2);
        assertTrue(result.divergence().isPresent());
        DifferentialFailure failure = DifferentialFailure.of(broken, result.failingOps(), dir, "window");
        assertEquals("result", failure.divergence().observable());
        assertTrue(failure.trace().ops().size() <= 2, failure.message());
        assertTrue(failure.trace().ops().stream().anyMatch(op -> op instanceof TraceOp.Constrained), failure.message());
    }

    /** Taking two pages from the top leaves the same free blocks per order: only a full comparison sees it. */
    @Test
    void bulkCallsGetAFullComparison() {
        DifferentialSetup broken = setup(BulkFromTheTop::new);
        Optional<Divergence> d = broken.run(List.of(new TraceOp.Bulk(0, 2, false, false)));
        assertEquals("freeBlocks", d.orElseThrow().observable());
    }

    @Test
    void fragmentationMeasuresAreCompared() {
        DifferentialSetup broken = setup(MisreadsFragmentation::new);
        DifferentialSession session = broken.start();
        assertEquals(Optional.empty(), session.apply(new TraceOp.Alloc(1)));
        assertEquals("fragmentationIndex(4)", session.checkPages().orElseThrow().observable());
    }

    @Test
    void exhaustiveExplorationFindsTheCratesDoubleFreeAndShrinksIt(@TempDir Path dir) throws Exception {
        DifferentialSetup broken = setup(AcceptsBadFrees::new);
        ExhaustiveExplorer.Result result =
                ExhaustiveExplorer.explore(broken, ExhaustiveExplorer.hostileAlphabet(10), 4);
        assertTrue(result.divergence().isPresent());
        DifferentialFailure failure = DifferentialFailure.of(broken, result.failingOps(), dir, "double free");
        assertEquals("result", failure.divergence().observable());
        assertEquals("NOT_ALLOCATED", failure.divergence().expected());
        assertEquals("0x0", failure.divergence().actual());
        assertEquals(1, failure.trace().ops().size(), "one bad free is enough: " + failure.message());
        Path saved = dir.resolve("double_free.trace");
        assertEquals(saved, failure.savedTo());
        Trace replayed = TraceFormat.parse(saved.toString(), Files.readString(saved));
        assertEquals(failure.trace(), replayed);
        assertEquals(Optional.of(failure.divergence()), broken.run(replayed.ops()));
        assertTrue(failure.message().contains("./physmem replay " + saved));
    }

    @Test
    void randomTracesFindItTooAndShrinkToAMinimalTrace(@TempDir Path dir) {
        DifferentialSetup broken = setup(AcceptsBadFrees::new).withMap(MemoryMap.single(12, 0, 256));
        RandomDriver.Result result = RandomDriver.run(broken, 1, 10_000, 400);
        assertTrue(result.divergence().isPresent());
        assertTrue(result.failingOps().size() > 1);
        DifferentialFailure failure = DifferentialFailure.of(broken, result.failingOps(), dir, "random");
        assertTrue(failure.trace().ops().size() <= 3, failure.message());
        for (int i = 0; i < failure.trace().ops().size(); i++) {
            List<TraceOp> without = new java.util.ArrayList<>(failure.trace().ops());
            without.remove(i);
            assertEquals(Optional.empty(), broken.run(without), "1-minimal");
        }
    }

    @Test
    void aDifferentGeometryDivergesRightAfterInit() {
        DifferentialSetup other = new DifferentialSetup("tiny", TINY, reference(4), reference(3), true, 1);
        Divergence d = other.run(List.of()).orElseThrow();
        assertEquals(-1, d.step());
        assertTrue(
                d.toString().startsWith("after init: freeBlocksAtOrder(2) expected 0 but was 2")
                        || d.observable().startsWith("freeBlocksAtOrder"),
                d.toString());
    }

    @Test
    void anExceptionIsADivergenceAndIsShrunkLikeAnyOther(@TempDir Path dir) {
        AllocatorFactory throwsOnFullFree = map -> {
            PageAllocator inner = reference(10).create(map);
            return (PageAllocator) Proxy.newProxyInstance(
                    PageAllocator.class.getClassLoader(), new Class<?>[] {PageAllocator.class}, (proxy, m, args) -> {
                        if (m.getName().equals("freePagesRaw") && (long) args[1] == 8) {
                            throw new ArrayIndexOutOfBoundsException("bitmap word");
                        }
                        try {
                            return m.invoke(inner, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        DifferentialSetup broken = setup(throwsOnFullFree);
        RandomDriver.Result result = RandomDriver.run(broken, 3, 10_000, 400);
        assertTrue(result.divergence().isPresent());
        DifferentialFailure failure = DifferentialFailure.of(broken, result.failingOps(), dir, "throws");
        assertTrue(
                failure.divergence().actual().startsWith("thrown java.lang.ArrayIndexOutOfBoundsException"),
                failure.message());
        assertEquals(1, failure.trace().ops().size(), failure.message());
    }

    @Test
    void aCandidateThatCannotBeBuiltDivergesRightAfterInit() {
        DifferentialSetup broken = setup(map -> {
            throw new IllegalStateException("no memory");
        });
        Divergence d = broken.run(List.of(new TraceOp.Alloc(1))).orElseThrow();
        assertEquals(-1, d.step());
        assertEquals("construction", d.observable());
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class,
                () -> DifferentialChecks.replay(broken, List.of(new TraceOp.Alloc(1)), "cannot-build"));
        assertTrue(e.getMessage().contains("(0 of 1 calls)"), e.getMessage());
    }

    @Test
    void pageQueriesAreSweptOverTheWholeSpanAndBeyond() {
        DifferentialSetup lying =
                new DifferentialSetup("tiny", TINY, reference(10), ClaimsThePageAfterTheEnd::new, true, 64);
        Divergence d = RandomDriver.run(lying, 3, 10, 100).divergence().orElseThrow();
        assertEquals("contains(0x10010000)", d.observable());
        ExhaustiveExplorer.Result e = ExhaustiveExplorer.explore(lying, ExhaustiveExplorer.hostileAlphabet(10), 1);
        assertEquals("contains(0x10010000)", e.divergence().orElseThrow().observable());
    }
}
