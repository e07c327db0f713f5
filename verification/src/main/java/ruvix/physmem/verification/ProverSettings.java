package ruvix.physmem.verification;

import de.uka.ilkd.key.strategy.StrategyProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that decides whether KeY closes a proof, recorded in the report next to each result.
 *
 * @param maxSteps rule applications per contract before auto mode gives up
 * @param timeoutMillis wall-clock limit per contract
 * @param intRules the integer semantics taclet option (overflow checking is the target)
 * @param strategy KeY strategy properties (key to value, as in StrategyProperties)
 */
public record ProverSettings(int maxSteps, long timeoutMillis, String intRules, Map<String, String> strategy) {

    public static final String CHECKING_OF = "intRules:arithmeticSemanticsCheckingOF";

    /** The settings every contract of the core is proved with. */
    public static ProverSettings standard() {
        return new ProverSettings(
                6_000, 30_000, CHECKING_OF, strategy(StrategyProperties.QUANTIFIERS_NON_SPLITTING_WITH_PROGS));
    }

    /** Cheaper limits for mutants: a mutant only needs to be shown unprovable within the budget. */
    public static ProverSettings mutants() {
        return new ProverSettings(
                4_000, 20_000, CHECKING_OF, strategy(StrategyProperties.QUANTIFIERS_NON_SPLITTING_WITH_PROGS));
    }

    public ProverSettings withLimits(int steps, long millis) {
        return new ProverSettings(steps, millis, intRules, strategy);
    }

    private static Map<String, String> strategy(String quantifiers) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_DEFAULT);
        s.put(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
        s.put(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_INVARIANT);
        s.put(StrategyProperties.BLOCK_OPTIONS_KEY, StrategyProperties.BLOCK_CONTRACT_INTERNAL);
        s.put(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
        s.put(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_ON);
        s.put(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY, StrategyProperties.NON_LIN_ARITH_DEF_OPS);
        s.put(StrategyProperties.QUANTIFIERS_OPTIONS_KEY, quantifiers);
        s.put(StrategyProperties.SPLITTING_OPTIONS_KEY, StrategyProperties.SPLITTING_DELAYED);
        s.put(StrategyProperties.CLASS_AXIOM_OPTIONS_KEY, StrategyProperties.CLASS_AXIOM_DELAYED);
        return Map.copyOf(s);
    }
}
