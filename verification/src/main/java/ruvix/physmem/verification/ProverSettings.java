package ruvix.physmem.verification;

import de.uka.ilkd.key.strategy.StrategyProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that decides whether KeY closes a proof, recorded in the report next to each result.
 *
 * @param name the profile's name, recorded with every contract proved under it
 * @param maxSteps rule applications per contract before auto mode gives up
 * @param timeoutMillis wall-clock limit per contract (it bounds the run time of a mutant's attempt,
 *     which otherwise runs to the step limit; under heavy load it can cut a proof short)
 * @param intRules the integer semantics taclet option (overflow checking is the target)
 * @param strategy KeY strategy properties (key to value, as in StrategyProperties)
 */
public record ProverSettings(
        String name, int maxSteps, long timeoutMillis, String intRules, Map<String, String> strategy) {

    public static final String CHECKING_OF = "intRules:arithmeticSemanticsCheckingOF";

    private static final Set<String> ARITHMETIC_CONTRACTS = Set.of(
            "buddyOf(int,int) #0",
            "setFree(int,int) #0",
            "setAlloc(int,int) #0",
            "admits(int,int,long) #0",
            "unusableFreeSpaceIndex(int,long,int) #0");

    private static final Set<String> QUANTIFIER_FREE_CONTRACTS = Set.of("BuddyModel(int,[Z) exceptional #0");

    /** The settings the contracts of the core are proved with, unless {@link #forContract} says otherwise. */
    public static ProverSettings standard() {
        return new ProverSettings(
                "standard",
                12_000,
                60_000,
                CHECKING_OF,
                strategy(StrategyProperties.SPLITTING_DELAYED, StrategyProperties.NON_LIN_ARITH_DEF_OPS));
    }

    /**
     * For the arithmetic lemmas (sums over point-updated arrays, buddy addresses): eager splitting
     * and KeY's complete non-linear arithmetic, which these need and which slows the others down.
     */
    public static ProverSettings arithmetic() {
        return new ProverSettings(
                "arithmetic",
                14_000,
                90_000,
                CHECKING_OF,
                strategy(StrategyProperties.SPLITTING_NORMAL, StrategyProperties.NON_LIN_ARITH_COMPLETION));
    }

    /**
     * For the contracts listed in known-open.txt: a short run that confirms they are still open
     * (and shows their first open goals) without spending the budget of the closing ones on them.
     * A listed contract that closes within the probe fails the build like any other.
     */
    public static ProverSettings probe() {
        return new ProverSettings(
                "probe",
                3_000,
                15_000,
                CHECKING_OF,
                strategy(StrategyProperties.SPLITTING_DELAYED, StrategyProperties.NON_LIN_ARITH_DEF_OPS));
    }

    /**
     * For obligations whose quantifiers only need skolemizing, never instantiating: the
     * constructor's exceptional case, where every quantifier of the class invariant ranges over
     * the empty map (instantiating them only multiplies the object-creation heap terms). Its
     * 20,000 steps take 180-280 s under load 4-9 here, hence the long wall-clock limit.
     */
    public static ProverSettings quantifierFree() {
        Map<String, String> s = new LinkedHashMap<>(
                strategy(StrategyProperties.SPLITTING_DELAYED, StrategyProperties.NON_LIN_ARITH_DEF_OPS));
        s.put(StrategyProperties.QUANTIFIERS_OPTIONS_KEY, StrategyProperties.QUANTIFIERS_NONE);
        return new ProverSettings("quantifier-free", 20_000, 600_000, CHECKING_OF, Map.copyOf(s));
    }

    /** The settings profile of one contract (by KeY's contract name) that is expected to close. */
    public static ProverSettings forContract(String contractName) {
        String shortName = KeyProverNames.shortName(contractName);
        if (ARITHMETIC_CONTRACTS.contains(shortName)) {
            return arithmetic();
        }
        return QUANTIFIER_FREE_CONTRACTS.contains(shortName) ? quantifierFree() : standard();
    }

    /** The settings profile of one contract: the probe if it is listed as known open. */
    public static ProverSettings forContract(String contractName, boolean knownOpen) {
        return knownOpen ? probe() : forContract(contractName);
    }

    /** Every profile, in the order the report lists them. */
    public static List<ProverSettings> all() {
        return List.of(standard(), arithmetic(), quantifierFree(), probe());
    }

    private static Map<String, String> strategy(String splitting, String nonLinear) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_DEFAULT);
        s.put(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
        s.put(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_INVARIANT);
        s.put(StrategyProperties.BLOCK_OPTIONS_KEY, StrategyProperties.BLOCK_CONTRACT_INTERNAL);
        s.put(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
        s.put(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_ON);
        s.put(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY, nonLinear);
        s.put(StrategyProperties.QUANTIFIERS_OPTIONS_KEY, StrategyProperties.QUANTIFIERS_NON_SPLITTING_WITH_PROGS);
        s.put(StrategyProperties.SPLITTING_OPTIONS_KEY, splitting);
        s.put(StrategyProperties.CLASS_AXIOM_OPTIONS_KEY, StrategyProperties.CLASS_AXIOM_DELAYED);
        return Map.copyOf(s);
    }
}
