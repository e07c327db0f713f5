package ruvix.physmem.verification;

import com.google.gson.Gson;
import de.uka.ilkd.key.speclang.Contract;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A proof worker: a JVM of its own (KeY's loader is not safe to run twice at once in one JVM) that
 * reads a {@link WorkOrder}, announces how many items it holds, then proves each item whose index
 * the coordinator sends on standard input, one outcome line per item, until it reads "end".
 *
 * <p>Protocol on standard output: {@code @items N S} (S: the integer semantics KeY loaded the core
 * with, "-" for a mutants order, whose mutants are loaded one by one), then {@code @outcome <json>}
 * per item; KeY's own printing goes to standard error.
 */
public final class ProofWorker {
    static final String ITEMS = "@items ";
    static final String OUTCOME = "@outcome ";
    static final String END = "end";

    private ProofWorker() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        Gson gson = new Gson();
        WorkOrder order = gson.fromJson(Files.readString(Path.of(args[0])), WorkOrder.class);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ProofScripts scripts = new ProofScripts(Path.of(order.scripts()));
        SavedProofs saved = new SavedProofs(Path.of(order.scripts()));
        if (order.isMutants()) {
            protocol.println(ITEMS + order.mutants().size() + " -");
            protocol.flush();
            for (String line = in.readLine(); line != null && !line.equals(END); line = in.readLine()) {
                CoreMutant m = order.mutants().get(Integer.parseInt(line));
                MutantOutcome o = ProofRun.runMutant(
                        m,
                        Path.of(order.core()),
                        Path.of(order.mutantsDir()).resolve(m.id()),
                        order.closedOnOriginal(),
                        scripts);
                protocol.println(OUTCOME + gson.toJson(o));
                protocol.flush();
            }
            return;
        }
        try (KeyProver prover = KeyProver.load(Path.of(order.core()), ProverSettings.standard())) {
            List<Contract> contracts = prover.contracts().stream()
                    .filter(c -> order.only().isEmpty() || order.only().contains(KeyProverNames.shortName(c.getName())))
                    .toList();
            protocol.println(ITEMS + contracts.size() + " " + prover.activeIntRules());
            protocol.flush();
            for (String line = in.readLine(); line != null && !line.equals(END); line = in.readLine()) {
                Contract c = contracts.get(Integer.parseInt(line));
                ContractOutcome o = prover.prove(
                        c,
                        ProverSettings.forContract(
                                c.getName(), order.knownOpen().contains(c.getName())),
                        scripts.scriptFor(c.getName()),
                        saved,
                        order.saveProofs());
                protocol.println(OUTCOME + gson.toJson(o));
                protocol.flush();
            }
        }
    }
}
