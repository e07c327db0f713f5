package ruvix.physmem.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TraceShrinkerTest {
    private static List<TraceOp> allocs(int n) {
        List<TraceOp> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ops.add(new TraceOp.Alloc(i));
        }
        return ops;
    }

    @Test
    void keepsExactlyTheCallsTheFailureNeeds() {
        Predicate<List<TraceOp>> needs17And42And90 = ops -> ops.contains(new TraceOp.Alloc(17))
                && ops.contains(new TraceOp.Alloc(42))
                && ops.contains(new TraceOp.Alloc(90));
        assertEquals(
                List.of(new TraceOp.Alloc(17), new TraceOp.Alloc(42), new TraceOp.Alloc(90)),
                TraceShrinker.shrink(allocs(100), needs17And42And90));
    }

    @Test
    void resultIsOneMinimal() {
        Predicate<List<TraceOp>> atLeastFiveEven = ops ->
                ops.stream().filter(o -> ((TraceOp.Alloc) o).count() % 2 == 0).count() >= 5;
        List<TraceOp> shrunk = TraceShrinker.shrink(allocs(64), atLeastFiveEven);
        assertEquals(5, shrunk.size());
        for (int i = 0; i < shrunk.size(); i++) {
            List<TraceOp> without = new ArrayList<>(shrunk);
            without.remove(i);
            assertEquals(false, atLeastFiveEven.test(without));
        }
    }

    @Test
    void aFailureWithoutCallsShrinksToNothing() {
        assertEquals(List.of(), TraceShrinker.shrink(allocs(10), ops -> true));
    }

    @Test
    void refusesATraceThatDoesNotFail() {
        assertThrows(IllegalArgumentException.class, () -> TraceShrinker.shrink(allocs(3), ops -> false));
    }
}
