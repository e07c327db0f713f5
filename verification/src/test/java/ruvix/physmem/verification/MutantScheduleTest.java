package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutantScheduleTest {
    private static final String PREFIX = "ruvix.physmem.model.BuddyModel[ruvix.physmem.model.BuddyModel::";

    private static String contract(String method, int n) {
        return PREFIX + method + "].JML normal_behavior operation contract." + n;
    }

    private static CoreMutant mutant(String id, String... targets) {
        return new CoreMutant(id, id, "find", "replace", List.of(targets));
    }

    @Test
    void longestBudgetGoesFirstAndTiesKeepTheirOrder() {
        Map<String, OriginalProof> closed = Map.of(
                contract("isUsable(int)", 0), new OriginalProof(40, 200),
                contract("totalPages()", 0), new OriginalProof(40, 200),
                contract("setFree(int,int)", 0), new OriginalProof(6_000, 25_000));
        List<CoreMutant> catalogue = List.of(
                mutant("usable", "isUsable(int) #0"),
                mutant("open-target", "free(int,int) #4"),
                mutant("pages", "totalPages() #0"),
                mutant("counter", "setFree(int,int) #0"));

        List<String> order = MutantSchedule.longestFirst(catalogue, closed).stream()
                .map(CoreMutant::id)
                .toList();

        assertEquals(List.of("counter", "usable", "pages", "open-target"), order);
    }

    @Test
    void budgetIsTheMutantAttemptsTimeLimitAndZeroWithoutAClosedTarget() {
        OriginalProof original = new OriginalProof(6_000, 25_000);
        Map<String, OriginalProof> closed = Map.of(contract("setFree(int,int)", 0), original);

        assertEquals(
                ProverSettings.forMutant(contract("setFree(int,int)", 0), original)
                        .timeoutMillis(),
                MutantSchedule.budgetMillis(mutant("counter", "setFree(int,int) #0"), closed));
        assertEquals(0, MutantSchedule.budgetMillis(mutant("open-target", "free(int,int) #4"), closed));
    }

    private static MutantOutcome outcome(String id) {
        return new MutantOutcome(id, id, MutantOutcome.Verdict.CAUGHT, List.of(), List.of(), List.of(), 1);
    }

    @Test
    void outcomesAreReportedInTheCataloguesOrder() {
        List<CoreMutant> catalogue = List.of(
                mutant("a", "isUsable(int) #0"), mutant("b", "totalPages() #0"), mutant("c", "setFree(int,int) #0"));

        List<String> order =
                MutantSchedule.inCatalogueOrder(catalogue, List.of(outcome("c"), outcome("a"), outcome("b"))).stream()
                        .map(MutantOutcome::id)
                        .toList();

        assertEquals(List.of("a", "b", "c"), order);
    }

    @Test
    void aMissingOutcomeIsAnErrorNotAGap() {
        List<CoreMutant> catalogue = List.of(mutant("a", "isUsable(int) #0"), mutant("b", "totalPages() #0"));

        assertThrows(
                IllegalStateException.class, () -> MutantSchedule.inCatalogueOrder(catalogue, List.of(outcome("a"))));
    }
}
