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
            "largestFit(int,int) #0",
            "quotientFacts(long,long) #0",
            "setFree(int,int) #0",
            "setAlloc(int,int) #0",
            "halves(int,int) #0",
            "sumAtLeast([I,int,int) #0",
            "countAtMost([Z,int) #0",
            "admits(int,int,long) #0",
            "unusableFreeSpaceIndex(int,long,int) #0",
            "roundUp(int,int) #0",
            "roundDown(int,int) #0",
            "alignedGap(int,int,int) #0",
            "nextAligned(int,int) #0",
            "noPages([I,int) #0",
            "lowerHalves(int,int) #0",
            "upperHead(int,int) #0",
            "lowerBuddy(int,int) #0",
            "roundedDown(int,int) #0");

    private static final Set<String> OPAQUE_ARITHMETIC_CONTRACTS = Set.of(
            "allocInside(int) #0",
            "allocBelow(int) #0",
            "pageOfFreeBlock(int,int) #0",
            "freeAligned(int) #0",
            "readShape() #0",
            "checkInvariants() #0",
            "packDecomposed() #0",
            "startDecomposed() #0",
            "skipPage(int,int) #0",
            "startRun(int,int) #0",
            "endRun(int) #0",
            "gapAt(int,int,int) #0",
            "greedyDefined() #0",
            "prefixBounds(int) #0",
            "newBlockGreedy(int,int) #0",
            "endSplit(int) #0",
            "readGroups() #0",
            "freeHole(int) #0",
            "freeBelow(int) #0",
            "allocHole(int) #0",
            "allocEndsBelow(int) #0",
            "endFree(int) #0");

    private static final Set<String> EAGER_SPLITTING_CONTRACTS = Set.of(
            "suitableBlocks(int) #0",
            "fragmentationIndex(int,int,long,int) #0",
            "alignDown(int,int,int) #0",
            "candidate(int,int,int,int) #0",
            "windowBlock(int,int,int,int) #0",
            "blocksPlaced() #0",
            "countsMatch() #0",
            "blockEnd(int,int) #0",
            "inLowerHalf(int,int,int,int) #0");

    private static final Set<String> ATOM_CONTRACTS = Set.of("decompose() #0", "emitRun(int) #0");

    private static final Set<String> GREEDY_STEP_CONTRACTS =
            Set.of("emit(int,int) #0", "emit(int,int) #1", "emit(int,int) #2");

    private static final Set<String> GREEDY_ATOM_CONTRACTS = Set.of(
            "emit(int,int) #3", "placeLargest(int,int,int) #0", "placeLargest(int,int,int) #1", "takeStep(int) #0");

    private static final Set<String> ATOM_STEP_CONTRACTS = Set.of(
            "splitDown(int,int,int) #0",
            "splitStep(int,int,int) #0",
            "addFreeStep(int,int) #0",
            "carve(int,int,int,int) #0",
            "carveHalf(int,int,int,int) #0",
            "dropFreeStep(int) #0",
            "freeUpperHalf(int,int) #0",
            "freeLowerHalf(int,int) #0",
            "addFreeLowerStep(int,int) #0",
            "addAllocStep(int,int) #0",
            "release(int,int) #0",
            "mergeStep(int,int,int) #0",
            "dropAllocStep(int) #0",
            "addMergedLowerStep(int,int) #0",
            "addMergedUpperStep(int,int) #0");

    private static final Set<String> DEPENDENCY_CONTRACTS = Set.of(
            "gapInDouble(int,int) accessible #0",
            "greedyAt(int) accessible #0",
            "usableCounted() accessible #0",
            "readHalves(int,int,int) #0");

    private static final Set<String> STEP_CONTRACTS = Set.of(
            "take(int) #0",
            "take(int) #1",
            "take(int) #2",
            "take(int) #3",
            "shrinkAlloc(int,int) #0",
            "shrinkAlloc(int,int) #1",
            "shrinkAlloc(int,int) #2",
            "shrinkAlloc(int,int) #3",
            "addFree(int,int) #0",
            "addFree(int,int) #1",
            "addFree(int,int) #2",
            "addFree(int,int) #3",
            "splitFacts(int,int) #0",
            "dropFree(int) #0",
            "dropFree(int) #1",
            "dropFree(int) #2",
            "dropFree(int) #3",
            "addFreeLower(int,int) #0",
            "addFreeLower(int,int) #1",
            "addFreeLower(int,int) #2",
            "addFreeLower(int,int) #3",
            "addFreeLower(int,int) #4",
            "addAlloc(int,int) #0",
            "addAlloc(int,int) #1",
            "addAlloc(int,int) #2",
            "dropAlloc(int) #0",
            "dropAlloc(int) #1",
            "dropAlloc(int) #2",
            "dropAlloc(int) #3",
            "addMergedLower(int,int) #0",
            "addMergedLower(int,int) #1",
            "addMergedLower(int,int) #2",
            "addMergedLower(int,int) #3",
            "addMergedUpper(int,int) #0",
            "addMergedUpper(int,int) #1",
            "addMergedUpper(int,int) #2",
            "addMergedUpper(int,int) #3");

    private static final Set<String> FOLDED_INVARIANT_CONTRACTS =
            Set.of("alloc(int) #2", "allocConstrained(int,int,int,int) #3");

    /** Fewest steps a mutant's attempt gets, however small the original proof. */
    static final int MUTANT_MIN_STEPS = 3_000;

    /** Shortest time limit a mutant's attempt gets, however quick the original proof. */
    static final long MUTANT_MIN_MILLIS = 10_000;

    /**
     * A mutant's attempt gets this many times the steps and the time of the original proof (see
     * {@link #forMutant}).
     */
    static final int MUTANT_EFFORT_FACTOR = 3;

    /** The settings the contracts of the core are proved with, unless {@link #forContract} says otherwise. */
    public static ProverSettings standard() {
        return profile(
                "standard",
                12_000,
                60_000,
                StrategyProperties.SPLITTING_DELAYED,
                StrategyProperties.NON_LIN_ARITH_DEF_OPS);
    }

    /**
     * For the arithmetic lemmas (sums over point-updated arrays, buddy addresses): eager splitting
     * and KeY's complete non-linear arithmetic, which these need and which slows the others down.
     */
    public static ProverSettings arithmetic() {
        return profile(
                "arithmetic",
                14_000,
                150_000,
                StrategyProperties.SPLITTING_NORMAL,
                StrategyProperties.NON_LIN_ARITH_COMPLETION);
    }

    /**
     * For the contracts listed in known-open.txt: a short run that confirms they are still open
     * (and shows their first open goals) without spending the budget of the closing ones on them.
     * A listed contract that closes within the probe fails the build like any other.
     */
    public static ProverSettings probe() {
        return profile(
                "probe", 3_000, 15_000, StrategyProperties.SPLITTING_DELAYED, StrategyProperties.NON_LIN_ARITH_DEF_OPS);
    }

    /**
     * For the long (64-bit) sums and quotients: KeY's overflow check of a long operation is a
     * conjunction that delayed splitting leaves unsplit, and complete non-linear arithmetic
     * case-splits on values; eager splitting with the defining rules closes these (and the I5
     * pass of checkInvariants, whose buddy check splits the same way).
     */
    public static ProverSettings eagerSplitting() {
        return profile(
                "eager-splitting",
                14_000,
                90_000,
                StrategyProperties.SPLITTING_NORMAL,
                StrategyProperties.NON_LIN_ARITH_DEF_OPS);
    }

    /**
     * For the lemmas that read local facts off the quantified invariants: no non-linear rules, so
     * {@code %} and shifts stay opaque functions and an instance of the invariant matches the
     * postcondition syntactically (with the defining rules, KeY expands them into quotients).
     * Also checkInvariants, whose proof is only its helper checks' preconditions read off the
     * invariant (I5's {@code %} among them) and has no arithmetic of its own.
     */
    public static ProverSettings opaqueArithmetic() {
        return profile(
                "opaque-arithmetic",
                6_000,
                60_000,
                StrategyProperties.SPLITTING_DELAYED,
                StrategyProperties.NON_LIN_ARITH_NONE);
    }

    /**
     * For the invariant-keeping steps of an allocation (take, and a split's shrinkAlloc and
     * addFree), one invariant group per specification case, and the lemma that reads a split's
     * local facts off the invariant (splitFacts): like standard, with room for the instances of
     * the quantified invariant that each case needs.
     */
    public static ProverSettings steps() {
        return profile(
                "steps",
                20_000,
                150_000,
                StrategyProperties.SPLITTING_DELAYED,
                StrategyProperties.NON_LIN_ARITH_DEF_OPS);
    }

    /**
     * For methods that only pass facts stated as model methods from one callee's postcondition to
     * the next one's precondition: like standard, without class axioms, so KeY keeps each model
     * method (and the class invariant) as one atom instead of unfolding it.
     */
    public static ProverSettings atoms() {
        Map<String, String> s = new LinkedHashMap<>(
                strategy(StrategyProperties.SPLITTING_NORMAL, StrategyProperties.NON_LIN_ARITH_DEF_OPS));
        s.put(StrategyProperties.CLASS_AXIOM_OPTIONS_KEY, StrategyProperties.CLASS_AXIOM_OFF);
        return new ProverSettings("atoms", 12_000, 60_000, CHECKING_OF, Map.copyOf(s));
    }

    /**
     * For the greedy step of the decomposition (emit), one group of the decomposition's facts per
     * specification case: no non-linear rules (the step's only arithmetic is in its callees, and
     * with the defining rules KeY expands the unfolded facts' % and shifts into quotients), and
     * room for the instances of the unfolded facts' quantifiers (long searches: 26k-118k nodes).
     */
    public static ProverSettings greedyStep() {
        return profile(
                "greedy-step",
                60_000,
                300_000,
                StrategyProperties.SPLITTING_DELAYED,
                StrategyProperties.NON_LIN_ARITH_NONE);
    }

    /**
     * For the greedy step's case that keeps greedy() (emit #3) and its write (placeLargest): the
     * greedy-step profile without class axioms and query expansion, so that the model methods stay
     * whole. greedyDefined() opens greedy() before the write and closes it after, and gapInDouble,
     * which reads only the usable map, crosses the write by its accessible clause (KeY's dependency
     * contracts) instead of by a witness of its existential. Also takeStep, which only passes the
     * invariant's groups from take's cases on as single facts.
     */
    public static ProverSettings greedyAtoms() {
        return wholeModelMethods("greedy-atoms", StrategyProperties.NON_LIN_ARITH_NONE);
    }

    /**
     * For alloc's split (splitDown and its loop's step splitStep), which pass the invariant's
     * groups and the split's progress from step to step as model methods: the greedy-atoms
     * profile, so that each model method stays one atom, with the defining rules of the
     * arithmetic for the linear facts around them (the counters, 2^k bounds and overflow checks,
     * which stay open without them).
     */
    public static ProverSettings atomSteps() {
        return wholeModelMethods("atom-steps", StrategyProperties.NON_LIN_ARITH_DEF_OPS);
    }

    /**
     * For the accessible clauses of the model methods (that a value read only from its footprint
     * is the same in two heaps that agree on it): KeY's full quantifier instantiation, since the
     * witness of one heap's existential has to be put into the other heap's universal, which
     * splits the proof and which the other profiles' non-splitting instantiation does not do.
     */
    public static ProverSettings dependencies() {
        Map<String, String> s = new LinkedHashMap<>(
                strategy(StrategyProperties.SPLITTING_NORMAL, StrategyProperties.NON_LIN_ARITH_NONE));
        s.put(StrategyProperties.QUANTIFIERS_OPTIONS_KEY, StrategyProperties.QUANTIFIERS_INSTANTIATE);
        return new ProverSettings("dependencies", 12_000, 60_000, CHECKING_OF, Map.copyOf(s));
    }

    /**
     * For an operation whose invariant-keeping work is done by non-helper methods and lemmas that
     * take {@code \invariant_for(this)} as one fact (the accepted cases of alloc and
     * allocConstrained, over splitDown and carve): KeY's class axioms are off, so the invariant is
     * not expanded into quantified conjuncts that the proof does not need. Used with a proof script
     * that runs auto mode on each goal on its own.
     */
    public static ProverSettings foldedInvariant() {
        return new ProverSettings(
                "folded-invariant",
                20_000,
                120_000,
                CHECKING_OF,
                strategy(
                        StrategyProperties.SPLITTING_DELAYED,
                        StrategyProperties.NON_LIN_ARITH_DEF_OPS,
                        StrategyProperties.CLASS_AXIOM_OFF));
    }

    /** The settings profile of one contract (by KeY's contract name) that is expected to close. */
    public static ProverSettings forContract(String contractName) {
        String shortName = KeyProverNames.shortName(contractName);
        if (ARITHMETIC_CONTRACTS.contains(shortName)) {
            return arithmetic();
        }
        if (OPAQUE_ARITHMETIC_CONTRACTS.contains(shortName)) {
            return opaqueArithmetic();
        }
        if (ATOM_CONTRACTS.contains(shortName)) {
            return atoms();
        }
        if (GREEDY_STEP_CONTRACTS.contains(shortName)) {
            return greedyStep();
        }
        if (GREEDY_ATOM_CONTRACTS.contains(shortName)) {
            return greedyAtoms();
        }
        if (ATOM_STEP_CONTRACTS.contains(shortName)) {
            return atomSteps();
        }
        if (DEPENDENCY_CONTRACTS.contains(shortName)) {
            return dependencies();
        }
        if (FOLDED_INVARIANT_CONTRACTS.contains(shortName)) {
            return foldedInvariant();
        }
        if (STEP_CONTRACTS.contains(shortName)) {
            return steps();
        }
        return EAGER_SPLITTING_CONTRACTS.contains(shortName) ? eagerSplitting() : standard();
    }

    /**
     * The settings of a mutant's attempt at a contract that closed on the original core: the
     * original's profile, and {@value #MUTANT_EFFORT_FACTOR} times the original proof's nodes in
     * steps (at least {@value #MUTANT_MIN_STEPS}) and its time (at least {@value
     * #MUTANT_MIN_MILLIS} ms), neither beyond the profile's limits. A spec too weak to reject the
     * bug would let KeY close the mutant with about the original's effort; failing attempts
     * otherwise run to the profile's limits, which would make the mutants most of the proof time.
     */
    public static ProverSettings forMutant(String contractName, OriginalProof original) {
        ProverSettings p = forContract(contractName);
        int steps = Math.min(p.maxSteps(), Math.max(MUTANT_MIN_STEPS, MUTANT_EFFORT_FACTOR * original.nodes()));
        long millis =
                Math.min(p.timeoutMillis(), Math.max(MUTANT_MIN_MILLIS, MUTANT_EFFORT_FACTOR * original.millis()));
        return new ProverSettings(p.name(), steps, millis, p.intRules(), p.strategy());
    }

    /** How {@link #forMutant} sets a mutant's budget, in the words of the report. */
    public static String mutantBudget() {
        return String.format(
                "the original's profile, %d times the original proof's nodes in steps (at least %d) and %d times"
                        + " its time (at least %d s), at most the profile's limits",
                MUTANT_EFFORT_FACTOR, MUTANT_MIN_STEPS, MUTANT_EFFORT_FACTOR, MUTANT_MIN_MILLIS / 1000);
    }

    /** The settings profile of one contract: the probe if it is listed as known open. */
    public static ProverSettings forContract(String contractName, boolean knownOpen) {
        return knownOpen ? probe() : forContract(contractName);
    }

    /** Every profile, in the order the report lists them. */
    public static List<ProverSettings> all() {
        return List.of(
                standard(),
                arithmetic(),
                eagerSplitting(),
                steps(),
                opaqueArithmetic(),
                atoms(),
                greedyStep(),
                greedyAtoms(),
                atomSteps(),
                dependencies(),
                foldedInvariant(),
                probe());
    }

    /** Delayed splitting without class axioms and query expansion: model methods stay whole. */
    private static ProverSettings wholeModelMethods(String name, String nonLinear) {
        Map<String, String> s = new LinkedHashMap<>(
                strategy(StrategyProperties.SPLITTING_DELAYED, nonLinear, StrategyProperties.CLASS_AXIOM_OFF));
        s.put(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_OFF);
        s.put(StrategyProperties.QUERYAXIOM_OPTIONS_KEY, StrategyProperties.QUERYAXIOM_OFF);
        return new ProverSettings(name, 60_000, 300_000, CHECKING_OF, Map.copyOf(s));
    }

    private static ProverSettings profile(
            String name, int maxSteps, long timeoutMillis, String splitting, String nonLinear) {
        return new ProverSettings(name, maxSteps, timeoutMillis, CHECKING_OF, strategy(splitting, nonLinear));
    }

    private static Map<String, String> strategy(String splitting, String nonLinear) {
        return strategy(splitting, nonLinear, StrategyProperties.CLASS_AXIOM_DELAYED);
    }

    private static Map<String, String> strategy(String splitting, String nonLinear, String classAxioms) {
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
        s.put(StrategyProperties.CLASS_AXIOM_OPTIONS_KEY, classAxioms);
        return Map.copyOf(s);
    }
}
