package ruvix.physmem.verification;

import de.uka.ilkd.key.control.AbstractUserInterfaceControl;
import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.Position;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.macros.scripts.ProofScriptEngine;
import de.uka.ilkd.key.macros.scripts.ScriptException;
import de.uka.ilkd.key.parser.Location;
import de.uka.ilkd.key.pp.LogicPrinter;
import de.uka.ilkd.key.proof.Goal;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.init.ProofInputException;
import de.uka.ilkd.key.proof.io.ProblemLoaderException;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.settings.StrategySettings;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;
import de.uka.ilkd.key.util.KeYTypeUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** KeY 2.12 used headless as a library: loads one source folder and proves its contracts. */
public final class KeyProver implements AutoCloseable {
    private static final int GOALS_SHOWN = 3;
    private static final int GOAL_CHARS = 1500;

    private final KeYEnvironment<?> env;

    private KeyProver(KeYEnvironment<?> env) {
        this.env = env;
    }

    /**
     * Loads every .java file of {@code sourceFolder} (one JML error aborts the load) with the
     * given integer semantics.
     */
    public static KeyProver load(Path sourceFolder, ProverSettings settings) throws ProblemLoaderException {
        ChoiceSettings choices = ProofSettings.DEFAULT_SETTINGS.getChoiceSettings();
        Map<String, String> defaults = new HashMap<>(choices.getDefaultChoices());
        defaults.put("intRules", settings.intRules());
        choices.setDefaultChoices(defaults);
        StrategySettings strategy = ProofSettings.DEFAULT_SETTINGS.getStrategySettings();
        strategy.setMaxSteps(settings.maxSteps());
        strategy.setTimeout(settings.timeoutMillis());
        return new KeyProver(KeYEnvironment.load(sourceFolder.toFile(), null, null, null));
    }

    /** Every contract of the loaded (non-library) types, sorted by name. */
    public List<Contract> contracts() {
        List<Contract> result = new ArrayList<>();
        for (KeYJavaType type : env.getJavaInfo().getAllKeYJavaTypes()) {
            if (KeYTypeUtil.isLibraryClass(type)) {
                continue;
            }
            for (IObserverFunction target : env.getSpecificationRepository().getContractTargets(type)) {
                for (Contract c : env.getSpecificationRepository().getContracts(type, target)) {
                    result.add(c);
                }
            }
        }
        result.sort(Comparator.comparing(Contract::getName));
        return result;
    }

    /** Runs auto mode on one contract with the given settings (same integer semantics as loaded). */
    public ContractOutcome prove(Contract contract, ProverSettings settings) {
        return prove(contract, settings, Optional.empty());
    }

    /**
     * Proves one contract with the given settings: by the committed proof script if there is one,
     * otherwise by auto mode. The script starts from the settings' strategy and step limit (its
     * {@code set} and {@code auto steps=} commands may change them for the rest of the script); a
     * script that fails or leaves goals open leaves the contract open.
     */
    public ContractOutcome prove(Contract contract, ProverSettings settings, Optional<Path> script) {
        return search(contract, settings, script, Optional.empty());
    }

    /**
     * Proves one contract by replaying its committed saved proof if it has one and the replay
     * closes the proof; otherwise by search ({@link #prove(Contract, ProverSettings, Optional)}),
     * noting why the saved proof did not replay. With {@code save}, a search that closes a proof of
     * at least the saved proofs' minimum size saves it for later runs, and a smaller one removes
     * the contract's saved proof.
     */
    public ContractOutcome prove(
            Contract contract, ProverSettings settings, Optional<Path> script, SavedProofs saved, boolean save) {
        Optional<Path> file = saved.savedFor(contract.getName());
        List<String> why = List.of();
        if (file.isPresent()) {
            long start = System.currentTimeMillis();
            Proof proof = null;
            try {
                proof = env.createProof(contract.createProofObl(env.getInitConfig(), contract));
                applySettings(proof, settings);
                List<String> problems = SavedProofs.replay(file.get(), proof);
                if (proof.closed() && problems.isEmpty()) {
                    SavedProofs.Origin origin = SavedProofs.origin(file.get());
                    String name = file.get().getFileName().toString();
                    return outcome(
                                    contract,
                                    proof,
                                    settings,
                                    new How("replay", "-", name),
                                    List.of(),
                                    System.currentTimeMillis() - start,
                                    origin.searchMillis())
                            .withSavedProof(
                                    name, List.of("found by " + origin.foundBy() + " (" + origin.profile() + ")"));
                }
                why = problems.isEmpty()
                        ? List.of("saved proof " + file.get().getFileName() + " leaves "
                                + proof.openGoals().size() + " goals open")
                        : problems;
            } catch (ProofInputException | IOException | RuntimeException e) {
                why = List.of("saved proof " + file.get().getFileName() + " does not replay: " + e);
            } finally {
                if (proof != null) {
                    proof.dispose();
                }
            }
        }
        ContractOutcome searched = search(contract, settings, script, save ? Optional.of(saved) : Optional.empty());
        return file.isPresent()
                ? searched.withSavedProof(file.get().getFileName().toString(), why)
                : searched;
    }

    /** Why the contract's just saved proof does not close its obligation when replayed; empty if it does. */
    private List<String> replayProblems(Contract contract, ProverSettings settings, SavedProofs saved) {
        Optional<Path> file = saved.savedFor(contract.getName());
        if (file.isEmpty()) {
            return List.of("no file written");
        }
        Proof copy = null;
        try {
            copy = env.createProof(contract.createProofObl(env.getInitConfig(), contract));
            applySettings(copy, settings);
            List<String> problems = SavedProofs.replay(file.get(), copy);
            return problems.isEmpty() && !copy.closed()
                    ? List.of(copy.openGoals().size() + " goals open after the replay")
                    : problems;
        } catch (ProofInputException | RuntimeException e) {
            return List.of(String.valueOf(e));
        } finally {
            if (copy != null) {
                copy.dispose();
            }
        }
    }

    private ContractOutcome search(
            Contract contract, ProverSettings settings, Optional<Path> script, Optional<SavedProofs> saveTo) {
        long start = System.currentTimeMillis();
        Proof proof = null;
        try {
            proof = env.createProof(contract.createProofObl(env.getInitConfig(), contract));
            applySettings(proof, settings);
            List<String> scriptErrors = new ArrayList<>();
            if (script.isPresent()) {
                runScript(proof, script.get(), scriptErrors);
            } else {
                env.getProofControl().startAndWaitForAutoMode(proof);
            }
            long millis = System.currentTimeMillis() - start;
            String scriptName = script.map(Path::toString).orElse("-");
            How how = new How(script.isPresent() ? "script" : "auto", scriptName, "-");
            ContractOutcome o = outcome(contract, proof, settings, how, scriptErrors, millis, millis);
            if (o.closed() && saveTo.isPresent()) {
                if (saveTo.get().worthSaving(o.nodes(), millis)) {
                    String foundBy =
                            script.map(p -> "script:" + p.getFileName()).orElse("auto");
                    saveTo.get()
                            .save(
                                    proof,
                                    contract.getName(),
                                    new SavedProofs.Origin(foundBy, settings.name(), millis, o.nodes()));
                    List<String> problems = replayProblems(contract, settings, saveTo.get());
                    if (!problems.isEmpty()) {
                        // KeY 2.12.3 saves some steps it cannot load again (elimGcdEq instantiations
                        // name a variable "undef"); such a file would fail every later build.
                        saveTo.get().remove(contract.getName());
                        o = o.withNote("proof not saved: KeY cannot replay it (" + problems.get(0) + ")");
                    }
                } else {
                    // The search is now quick: a stale saved proof would only fail every later build.
                    saveTo.get().remove(contract.getName());
                }
            }
            return o;
        } catch (ProofInputException | IOException | RuntimeException e) {
            return new ContractOutcome(
                    contract.getName(),
                    typeOf(contract),
                    methodOf(contract),
                    behaviourOf(contract),
                    ContractOutcome.Status.ERROR,
                    "-",
                    settings.name(),
                    script.map(Path::toString).orElse("-"),
                    "-",
                    0,
                    0,
                    System.currentTimeMillis() - start,
                    0,
                    0,
                    List.of(String.valueOf(e)),
                    List.of());
        } finally {
            if (proof != null) {
                proof.dispose();
            }
        }
    }

    /** How a proof was attempted: the way it closes if it does, the script run, the saved proof replayed. */
    private record How(String closesBy, String script, String savedProof) {}

    /** The integer semantics in force in the loaded environment (read back, not assumed). */
    public String activeIntRules() {
        for (var choice : env.getInitConfig().getActivatedChoices()) {
            if ("intRules".equals(choice.category())) {
                return choice.name().toString();
            }
        }
        return "unknown";
    }

    private static void applySettings(Proof proof, ProverSettings settings) {
        StrategyProperties sp = new StrategyProperties();
        settings.strategy().forEach(sp::setProperty);
        StrategySettings s = proof.getSettings().getStrategySettings();
        s.setActiveStrategyProperties(sp);
        s.setMaxSteps(settings.maxSteps());
        s.setTimeout(settings.timeoutMillis());
        proof.setActiveStrategy(
                proof.getServices().getProfile().getDefaultStrategyFactory().create(proof, sp));
    }

    private void runScript(Proof proof, Path script, List<String> errors) throws IOException {
        ProofScriptEngine engine = new ProofScriptEngine(
                Files.readString(script), new Location(script.toUri(), Position.newOneBased(1, 1)));
        try {
            engine.execute((AbstractUserInterfaceControl) env.getUi(), proof);
        } catch (ScriptException e) {
            errors.add("script " + script.getFileName() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("script " + script.getFileName() + " interrupted");
        }
    }

    private static ContractOutcome outcome(
            Contract contract,
            Proof proof,
            ProverSettings settings,
            How how,
            List<String> errors,
            long millis,
            long searchMillis) {
        List<String> goals = new ArrayList<>(errors);
        int shown = 0;
        for (Goal g : proof.openGoals()) {
            if (shown++ == GOALS_SHOWN) {
                break;
            }
            String text = LogicPrinter.quickPrintSequent(g.sequent(), proof.getServices())
                    .replaceAll("\\s+", " ");
            goals.add(text.length() > GOAL_CHARS ? text.substring(0, GOAL_CHARS) + " ..." : text);
        }
        boolean closed = proof.openGoals().isEmpty() && errors.isEmpty();
        return new ContractOutcome(
                contract.getName(),
                typeOf(contract),
                methodOf(contract),
                behaviourOf(contract),
                closed ? ContractOutcome.Status.CLOSED : ContractOutcome.Status.OPEN,
                closed ? how.closesBy() : "-",
                settings.name(),
                how.script(),
                how.savedProof(),
                proof.countNodes(),
                proof.countBranches(),
                millis,
                searchMillis,
                proof.openGoals().size(),
                goals,
                List.of());
    }

    static String typeOf(Contract c) {
        return c.getKJT().getFullName();
    }

    static String methodOf(Contract c) {
        String n = c.getName();
        int open = n.indexOf("::");
        int close = n.indexOf(']', open);
        return open >= 0 && close > open
                ? n.substring(open + 2, close)
                : c.getTarget().name().toString();
    }

    static String behaviourOf(Contract c) {
        String n = c.getName();
        int close = n.lastIndexOf("].");
        return close >= 0 ? n.substring(close + 2) : n;
    }

    @Override
    public void close() {
        env.dispose();
    }
}
