package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator of the proof worker JVMs: outcomes in item order, and a failing worker is loud. */
class ProofWorkersTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void outcomesComeBackInItemOrderWhateverWorkerProvedThem(@TempDir Path work) throws Exception {
        List<String> only = List.of("span() #0", "maxOrder() #0", "freePages() #0");
        ProofWorkers.Batch<ContractOutcome> batch = ProofWorkers.run(
                WorkOrder.contracts(
                        CoreFiles.coreFolder(MODULE).toString(),
                        MODULE.resolve(ProofScripts.DIR).toString(),
                        false,
                        List.of(),
                        only),
                ContractOutcome.class,
                2,
                work,
                (outcome, arrived, items) -> assertEquals(3, items));
        assertEquals(
                List.of("freePages() #0", "maxOrder() #0", "span() #0"),
                batch.outcomes().stream()
                        .map(o -> KeyProverNames.shortName(o.contract()))
                        .toList());
        assertTrue(batch.outcomes().stream().allMatch(ContractOutcome::closed));
        assertEquals(ProverSettings.CHECKING_OF, batch.semantics());
    }

    @Test
    void aWorkerThatCannotLoadTheCoreFailsTheRunWithItsLog(@TempDir Path work) {
        Path missing = work.resolve("no-such-core");
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> ProofWorkers.run(
                        WorkOrder.contracts(missing.toString(), work.toString(), false, List.of(), List.of()),
                        ContractOutcome.class,
                        1,
                        work.resolve("workers"),
                        (outcome, arrived, items) -> {}));
        assertTrue(e.getMessage().contains("before its next '@items' line"), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-core"), e.getMessage());
    }

    @Test
    void aWorkerLogShowsTheCauseAboveItsLastLines(@TempDir Path work) throws Exception {
        List<String> log = new ArrayList<>(
                List.of("java.lang.RuntimeException: loading failed", "Caused by: Method nosuch(int) not found!"));
        for (int i = 0; i < 40; i++) {
            log.add("\tat frame" + i);
        }
        Path file = Files.write(work.resolve("worker-0.log"), log);

        List<String> expected = new ArrayList<>(List.of("Caused by: Method nosuch(int) not found!"));
        expected.addAll(log.subList(log.size() - 20, log.size()));
        assertEquals(String.join("\n", expected), ProofWorkers.tail(file));
    }
}
