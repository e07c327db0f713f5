package ruvix.physmem.model;

/**
 * The proved core of the reference buddy allocator: the state, init, alloc, free, reset and the
 * queries, written in the Java subset KeY reads and importing nothing but java.lang.
 *
 * <p>Representation (chosen for the proof): two arrays indexed by page. {@code freeOrd[p] = k}
 * iff the free block {@code (p, k)} is in F, {@code allocOrd[p] = k} iff the allocated block
 * {@code (p, k)} is in A, and {@code -1} otherwise. Each array is written only through one
 * point-update helper that also keeps the page sum of its block set (I4), so every sum depends
 * on one array only. Sizes are {@code 1 << k} with {@code k < 24}, so no arithmetic overflows.
 *
 * <p>Pages are relative to an origin aligned to the largest block, so relative alignment is
 * absolute alignment. Error codes, never exceptions, except for a constructor given an invalid
 * configuration.
 *
 * <p>Rejected calls and queries change nothing at all ({@code assignable \nothing}), so
 * {@link #lastSplits()} and {@link #lastCoalesces()} keep describing the last accepted mutating
 * call: an accepted alloc sets (splits, 0), an accepted free sets (0, coalesces), reset and the
 * constructor set (0, 0).
 */
public final class BuddyModel {
    /** Bound on the page span, so sizes and sums stay far from int overflow. */
    public static final int MAX_PAGES = 16777216;

    /** maxOrder is in [1, MAX_ORDER_LIMIT]. */
    public static final int MAX_ORDER_LIMIT = 24;

    public static final int OK = 0;
    public static final int ERR_OUT_OF_MEMORY = -1;
    public static final int ERR_ALLOCATION_TOO_LARGE = -2;
    public static final int ERR_ADDRESS_OUT_OF_RANGE = -5;
    public static final int ERR_NOT_ALLOCATED = -6;
    public static final int ERR_SIZE_MISMATCH = -7;
    public static final int ERR_INVALID_ORDER = -9;

    private /*@ spec_public @*/ final int orderLimit;
    private /*@ spec_public @*/ final int spanPages;
    private /*@ spec_public @*/ final int usablePages;
    private /*@ spec_public @*/ final boolean[] usable;
    private /*@ spec_public @*/ final int[] freeOrd;
    private /*@ spec_public @*/ final int[] allocOrd;
    private /*@ spec_public @*/ int freeCount;
    private /*@ spec_public @*/ int usedCount;
    private /*@ spec_public @*/ int splitCount;
    private /*@ spec_public @*/ int coalesceCount;

    /*@ // Shape: bounds that make overflow-checked arithmetic possible, and no aliasing.
    @ public invariant 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @ public invariant 0 <= spanPages && spanPages <= MAX_PAGES;
    @ public invariant usable.length == spanPages && freeOrd.length == spanPages
    @                  && allocOrd.length == spanPages && freeOrd != allocOrd;
    @ public invariant (\forall int p; 0 <= p && p < spanPages;
    @                    -1 <= freeOrd[p] && freeOrd[p] < orderLimit
    @                    && -1 <= allocOrd[p] && allocOrd[p] < orderLimit);
    @
    @ // I1 no overlap: a page heads at most one block, and no block head lies inside a block.
    @ public invariant (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @ public invariant (\forall int p, q; 0 <= p && p < q && q < spanPages
    @                    && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @                    freeOrd[q] < 0 && allocOrd[q] < 0);
    @ public invariant (\forall int p, q; 0 <= p && p < q && q < spanPages
    @                    && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @                    freeOrd[q] < 0 && allocOrd[q] < 0);
    @
    @ // I2 buddy alignment: every block is aligned to its size and lies on usable pages.
    @ public invariant (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0;
    @                    p % (1 << freeOrd[p]) == 0 && p + (1 << freeOrd[p]) <= spanPages);
    @ public invariant (\forall int p; 0 <= p && p < spanPages && allocOrd[p] >= 0;
    @                    p % (1 << allocOrd[p]) == 0 && p + (1 << allocOrd[p]) <= spanPages);
    @ public invariant (\forall int p, q; 0 <= p && p <= q && q < spanPages
    @                    && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]); usable[q]);
    @ public invariant (\forall int p, q; 0 <= p && p <= q && q < spanPages
    @                    && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]); usable[q]);
    @
    @ // I3 conservation: with I1 and I2, equal page counts mean the blocks cover exactly U.
    @ public invariant usablePages == (\num_of int p; 0 <= p && p < spanPages; usable[p]);
    @ public invariant freeCount + usedCount == usablePages;
    @
    @ // I4 counters: the cached page counts are the page sums of F and of A.
    @ public invariant freeCount == (\sum int p; 0 <= p && p < spanPages;
    @                                 freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0);
    @ public invariant usedCount == (\sum int p; 0 <= p && p < spanPages;
    @                                 allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @ public invariant splitCount >= 0 && coalesceCount >= 0;
    @
    @ // I5 coalesced: no free block of order k (k + 1 < maxOrder) has its upper buddy free with
    @ // the same order. Checking from the lower buddy covers every pair.
    @ public invariant (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0
    @                    && freeOrd[p] + 1 < orderLimit && p % (2 << freeOrd[p]) == 0
    @                    && p + (1 << freeOrd[p]) < spanPages;
    @                    freeOrd[p + (1 << freeOrd[p])] != freeOrd[p]);
    @*/

    /*@ // Some page of the double [p, p + 2^(k+1)) of the block (p, k) is unusable or past the span's
    @ // end. It reads the usable map only, so KeY carries it across a write to freeOrd by its
    @ // accessible clause, without a witness.
    @ public model_behaviour
    @   requires usable != null && 0 <= k && k < MAX_ORDER_LIMIT;
    @   accessible usable, usable[*], spanPages;
    @ model helper boolean gapInDouble(int p, int k) {
    @   return (\exists int q; p <= q && q < p + (2 << k); q >= spanPages || !usable[q]);
    @ }
    @
    @ // The block at p, if any, could not have been twice as large. It reads the block's head and
    @ // the usable map only, so KeY carries it across a write to another head by its accessible
    @ // clause.
    @ public model_behaviour
    @   requires usable != null && freeOrd != null && 0 <= p && p < freeOrd.length;
    @   accessible freeOrd, freeOrd[p], orderLimit, usable, usable[*], spanPages;
    @ model helper boolean greedyAt(int p) {
    @   return freeOrd[p] >= 0 ==> freeOrd[p] + 1 == orderLimit || p % (2 << freeOrd[p]) != 0
    @             || gapInDouble(p, freeOrd[p]);
    @ }
    @
    @ // Init's decomposition is greedy: no free block could have been twice as large, because
    @ // its order is the top one, its head is not aligned to the double, or the double reaches an
    @ // unusable page or the span's end.
    @ public model_behaviour
    @   requires true;
    @ model boolean greedy() {
    @   return (\forall int p; 0 <= p && p < spanPages; greedyAt(p));
    @ }
    @*/

    /*@ // The class invariant's groups as single facts, for the steps of alloc's split and of the
    @ // constrained split (carve): the one-write steps (take, shrinkAlloc, addFree, dropFree,
    @ // addFreeLower, addAlloc) keep one group per specification case, the methods above them
    @ // pass them on whole (KeY keeps each one atom there), readGroups and endSplit unfold and fold
    @ // \invariant_for(this) around them, and unfoldDisjoint and foldDisjoint unfold and fold I1
    @ // around a write that adds a block. I5 is coalescedFree().
    @ // Shape: every page's orders are -1 or below maxOrder.
    @ public model_behaviour
    @   requires true;
    @ model boolean ordersInRange() {
    @   return (\forall int p; 0 <= p && p < spanPages;
    @             -1 <= freeOrd[p] && freeOrd[p] < orderLimit
    @             && -1 <= allocOrd[p] && allocOrd[p] < orderLimit);
    @ }
    @
    @ // I1 no overlap.
    @ public model_behaviour
    @   requires true;
    @ model boolean disjoint() {
    @   return (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0)
    @       && (\forall int p, q; 0 <= p && p < q && q < spanPages
    @             && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @             freeOrd[q] < 0 && allocOrd[q] < 0)
    @       && (\forall int p, q; 0 <= p && p < q && q < spanPages
    @             && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @             freeOrd[q] < 0 && allocOrd[q] < 0);
    @ }
    @
    @ // I2 buddy alignment.
    @ public model_behaviour
    @   requires true;
    @ model boolean aligned() {
    @   return (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0;
    @             p % (1 << freeOrd[p]) == 0 && p + (1 << freeOrd[p]) <= spanPages)
    @       && (\forall int p; 0 <= p && p < spanPages && allocOrd[p] >= 0;
    @             p % (1 << allocOrd[p]) == 0 && p + (1 << allocOrd[p]) <= spanPages)
    @       && (\forall int p, q; 0 <= p && p <= q && q < spanPages
    @             && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]); usable[q])
    @       && (\forall int p, q; 0 <= p && p <= q && q < spanPages
    @             && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]); usable[q]);
    @ }
    @
    @ // I4 for the page counts: they are the page sums of F and of A.
    @ public model_behaviour
    @   requires true;
    @ model boolean pageSums() {
    @   return freeCount == (\sum int p; 0 <= p && p < spanPages;
    @                         freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0)
    @       && usedCount == (\sum int p; 0 <= p && p < spanPages;
    @                         allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @ }
    @
    @ // I3's count of U. It reads the usable map only, so KeY carries it across the steps' writes
    @ // by its accessible clause.
    @ public model_behaviour
    @   requires usable != null;
    @   accessible usable, usable[*], spanPages, usablePages;
    @ model helper boolean usableCounted() {
    @   return usablePages == (\num_of int p; 0 <= p && p < spanPages; usable[p]);
    @ }
    @
    @ // A split's progress, splitting the allocated block (h, j) down: the upper halves
    @ // (h + 2^i, i), k <= i < j, are free ...
    @ public model_behaviour
    @   requires true;
    @ model boolean halvesFree(int h, int k, int j) {
    @   return (\forall int i; k <= i && i < j; freeOrd[h + (1 << i)] == i && (1 << k) <= (1 << i));
    @ }
    @
    @ // ... and they are the only free heads inside the block.
    @ public model_behaviour
    @   requires true;
    @ model boolean halvesOnly(int h, int k, int j) {
    @   return (\forall int p; h < p && p < h + (1 << j);
    @             freeOrd[p] == -1 || k <= freeOrd[p] && freeOrd[p] < j && p == h + (1 << freeOrd[p]));
    @ }
    @
    @ // A split step's local facts. Every block below page b ends at or before b. It reads the
    @ // pages below b only, so KeY carries it across writes at b and above by its accessible clause.
    @ public model_behaviour
    @   requires freeOrd != null && allocOrd != null;
    @   accessible freeOrd, freeOrd[0 .. b - 1], allocOrd, allocOrd[0 .. b - 1];
    @ model helper boolean endsBelow(int b) {
    @   return (\forall int p; 0 <= p && p < b;
    @             (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @             && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @ }
    @
    @ // The lower half (h, k) of a split block is aligned and lies on usable pages (I2 for the
    @ // shrunk block).
    @ public model_behaviour
    @   requires true;
    @ model boolean lowerHalf(int h, int k) {
    @   return h % (1 << k) == 0 && h + (1 << k) <= spanPages
    @       && (\forall int q; h <= q && q < h + (1 << k); usable[q]);
    @ }
    @
    @ // The upper half (b, k) of a split block is an unowned, aligned upper buddy on usable pages
    @ // with nothing inside it, and its lower buddy is not free at the same order (with
    @ // endsBelow(b), what F needs to take (b, k) and keep I1, I2 and I5). It reads no page below
    @ // b of A, so KeY carries it across the shrinking of the lower half by its accessible clause.
    @ public model_behaviour
    @   requires usable != null && freeOrd != null && allocOrd != null && 0 <= k && k < MAX_ORDER_LIMIT;
    @   accessible freeOrd, freeOrd[*], allocOrd, allocOrd[b .. b + (1 << k) - 1], usable, usable[*],
    @              spanPages;
    @ model helper boolean upperHalf(int b, int k) {
    @   return freeOrd[b] < 0 && allocOrd[b] < 0
    @       && b % (1 << k) == 0 && b % (2 << k) != 0 && b + (1 << k) <= spanPages
    @       && b >= (1 << k) && freeOrd[b - (1 << k)] != k
    @       && (\forall int q; b <= q && q < b + (1 << k); usable[q])
    @       && (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @ }
    @
    @ // A constrained split's block while it is carved (the hole): aligned, on usable pages, no page of
    @ // it heads a block (it belongs to neither F nor A). It reads the block's own pages of F and
    @ // A only, so KeY carries it across writes outside the block by its accessible clause.
    @ public model_behaviour
    @   requires usable != null && freeOrd != null && allocOrd != null && 0 <= k && k < MAX_ORDER_LIMIT;
    @   accessible freeOrd, freeOrd[b .. b + (1 << k) - 1], allocOrd, allocOrd[b .. b + (1 << k) - 1],
    @              usable, usable[*], spanPages;
    @ model helper boolean unowned(int b, int k) {
    @   return 0 <= b && b % (1 << k) == 0 && b + (1 << k) <= spanPages
    @       && (\forall int q; b <= q && q < b + (1 << k); usable[q])
    @       && (\forall int q; b <= q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @ }
    @
    @ // The block (b, k), a lower buddy, merges no further: k is the top order, its upper buddy
    @ // lies past the span's end, or the upper buddy is no free block of order k. One fact, so
    @ // that the last step of a free passes it on without splitting on it.
    @ public model_behaviour
    @   requires true;
    @ model boolean noUpperMerge(int b, int k) {
    @   return k + 1 == orderLimit || b + (1 << k) >= spanPages || freeOrd[b + (1 << k)] != k;
    @ }
    @
    @ // The block (b, k), an upper buddy, merges no further: k is the top order, or its lower
    @ // buddy is no free block of order k.
    @ public model_behaviour
    @   requires true;
    @ model boolean noLowerMerge(int b, int k) {
    @   return k + 1 == orderLimit || freeOrd[b - (1 << k)] != k;
    @ }
    @*/

    /*@ public normal_behavior
    @   requires 1 <= maxOrder && maxOrder <= MAX_ORDER_LIMIT;
    @   requires usable != null && usable.length <= MAX_PAGES;
    @   assignable \nothing;
    @   ensures \fresh(\result) && \invariant_for(\result);
    @   ensures \result.orderLimit == maxOrder && \result.spanPages == usable.length;
    @   ensures (\forall int p; 0 <= p && p < usable.length; \result.usable[p] == usable[p]);
    @   ensures (\forall int p; 0 <= p && p < usable.length; \result.allocOrd[p] == -1);
    @   ensures \result.usedCount == 0 && \result.splitCount == 0 && \result.coalesceCount == 0;
    @   ensures \result.greedy();
    @ also public exceptional_behavior
    @   requires maxOrder < 1 || maxOrder > MAX_ORDER_LIMIT || usable == null
    @            || usable.length > MAX_PAGES;
    @   assignable \nothing;
    @   signals_only IllegalArgumentException;
    @   signals (IllegalArgumentException) true;
    @*/
    /**
     * Builds the model over {@code usable.length} pages (a private copy of the map) and frees the
     * greedy decomposition of every maximal usable run.
     *
     * @throws IllegalArgumentException if maxOrder is outside [1, MAX_ORDER_LIMIT], the map is
     *     null, or it spans more than MAX_PAGES pages
     */
    public static BuddyModel create(int maxOrder, boolean[] usable) {
        // Rejected here, before an object exists, so that no half-built model needs the invariant.
        if (maxOrder < 1 || maxOrder > MAX_ORDER_LIMIT || usable == null || usable.length > MAX_PAGES) {
            throw new IllegalArgumentException("maxOrder must be in [1, 24] and the map at most 2^24 pages");
        }
        BuddyModel m = new BuddyModel(maxOrder, usable);
        m.decompose();
        return m;
    }

    /*@ private normal_behavior
    @   requires 1 <= maxOrder && maxOrder <= MAX_ORDER_LIMIT;
    @   requires usable != null && usable.length <= MAX_PAGES;
    @   assignable \nothing;
    @   ensures orderLimit == maxOrder && spanPages == usable.length;
    @   ensures \fresh(this.usable) && \fresh(freeOrd) && \fresh(allocOrd) && freeOrd != allocOrd;
    @   ensures this.usable.length == spanPages && freeOrd.length == spanPages
    @           && allocOrd.length == spanPages;
    @   ensures (\forall int p; 0 <= p && p < spanPages;
    @              this.usable[p] == usable[p] && freeOrd[p] == -1 && allocOrd[p] == -1);
    @   ensures usablePages == (\num_of int p; 0 <= p && p < spanPages; this.usable[p]);
    @*/
    /**
     * Copies the map, with no block yet: a helper, so the class invariant does not hold until
     * {@link #create} has freed the greedy decomposition.
     */
    private /*@ helper @*/ BuddyModel(int maxOrder, boolean[] usable) {
        int n = usable.length;
        boolean[] copy = new boolean[n];
        int[] free = new int[n];
        int[] alloc = new int[n];
        int count = 0;
        /*@ loop_invariant 0 <= i && i <= n;
        @ loop_invariant (\forall int p; 0 <= p && p < i; copy[p] == usable[p]
        @                   && free[p] == -1 && alloc[p] == -1);
        @ loop_invariant 0 <= count && count <= i
        @                && count == (\num_of int p; 0 <= p && p < i; copy[p]);
        @ assignable copy[*], free[*], alloc[*];
        @ decreases n - i;
        @*/
        for (int i = 0; i < n; i++) {
            copy[i] = usable[i];
            free[i] = -1;
            alloc[i] = -1;
            if (copy[i]) {
                count++;
            }
        }
        this.orderLimit = maxOrder;
        this.spanPages = n;
        this.usablePages = count;
        this.usable = copy;
        this.freeOrd = free;
        this.allocOrd = alloc;
    }

    /*@ public normal_behavior
    @   assignable freeOrd[*], allocOrd[*], freeCount, usedCount, splitCount, coalesceCount;
    @   ensures (\forall int p; 0 <= p && p < spanPages; allocOrd[p] == -1);
    @   ensures usedCount == 0 && freeCount == usablePages;
    @   ensures splitCount == 0 && coalesceCount == 0;
    @   ensures greedy();
    @*/
    /** A := {}, F := the greedy decomposition of the usable pages again; counters zero. */
    public void reset() {
        /*@ loop_invariant 0 <= i && i <= spanPages;
        @ loop_invariant (\forall int p; 0 <= p && p < i; freeOrd[p] == -1 && allocOrd[p] == -1);
        @ assignable freeOrd[*], allocOrd[*];
        @ decreases spanPages - i;
        @*/
        for (int i = 0; i < spanPages; i++) {
            freeOrd[i] = -1;
            allocOrd[i] = -1;
        }
        decompose();
    }

    /*@ // The greedy decomposition's proof state, as model methods that the steps below name as
    @ // single facts (KeY keeps them whole in the atoms profile and unfolds them in the lemmas).
    @ // prefix(s): the pages [0, s) are decomposed. Every free block lies below s and is aligned,
    @ // nothing from s on heads a block, and freeCount is both the page sum of the blocks (I4)
    @ // and the number of usable pages below s (I3).
    @ public model_behaviour
    @   requires true;
    @ model boolean prefix(int s) {
    @   return 0 <= s && s <= spanPages && 0 <= freeCount && freeCount <= s
    @       && (\forall int p; 0 <= p && p < spanPages; -1 <= freeOrd[p] && freeOrd[p] < orderLimit)
    @       && (\forall int p; s <= p && p < spanPages; freeOrd[p] == -1)
    @       && (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0;
    @             p % (1 << freeOrd[p]) == 0 && p + (1 << freeOrd[p]) <= s)
    @       && freeCount == (\sum int p; 0 <= p && p < spanPages;
    @                         freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0)
    @       && freeCount == (\num_of int p; 0 <= p && p < s; usable[p]);
    @ }
    @
    @ // The free blocks lie on usable pages (I2) and hold no other head (I1).
    @ public model_behaviour
    @   requires true;
    @ model boolean placedFree() {
    @   return (\forall int p, q; 0 <= p && p <= q && q < spanPages
    @             && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]); usable[q])
    @       && (\forall int p, q; 0 <= p && p < q && q < spanPages
    @             && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]); freeOrd[q] < 0);
    @ }
    @
    @ // I5 for the free blocks.
    @ public model_behaviour
    @   requires true;
    @ model boolean coalescedFree() {
    @   return (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0
    @             && freeOrd[p] + 1 < orderLimit && p % (2 << freeOrd[p]) == 0
    @             && p + (1 << freeOrd[p]) < spanPages;
    @             freeOrd[p + (1 << freeOrd[p])] != freeOrd[p]);
    @ }
    @
    @ // A block that ends at s could have been twice as large only with its double past e.
    @ public model_behaviour
    @   requires true;
    @ model boolean closedAt(int s, int e) {
    @   return (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0
    @             && p + (1 << freeOrd[p]) == s;
    @             freeOrd[p] + 1 == orderLimit || p % (2 << freeOrd[p]) != 0
    @             || e < p + (2 << freeOrd[p]));
    @ }
    @
    @ // A block that ends at s is followed by an unusable page or the span's end, so blocks of
    @ // different runs are never buddies.
    @ public model_behaviour
    @   requires true;
    @ model boolean endsAtGap(int s) {
    @   return (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0
    @             && p + (1 << freeOrd[p]) == s;
    @             s == spanPages || !usable[s]);
    @ }
    @*/

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires usablePages == (\num_of int p; 0 <= p && p < spanPages; usable[p]);
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] == -1 && allocOrd[p] == -1);
    @   assignable freeOrd[*], freeCount, usedCount, splitCount, coalesceCount;
    @   ensures \invariant_for(this);
    @   ensures (\forall int p; 0 <= p && p < spanPages; allocOrd[p] == -1);
    @   ensures usedCount == 0 && freeCount == usablePages;
    @   ensures splitCount == 0 && coalesceCount == 0;
    @   ensures greedy();
    @*/
    /**
     * Frees the greedy decomposition of every maximal usable run [s, e): repeatedly the largest
     * k below maxOrder with s aligned to 2^k and s + 2^k within the run.
     */
    private /*@ helper @*/ void decompose() {
        freeCount = 0;
        usedCount = 0;
        splitCount = 0;
        coalesceCount = 0;
        noPages(freeOrd, spanPages);
        noPages(allocOrd, spanPages);
        startDecomposed();
        int s = 0;
        /*@ loop_invariant 0 <= s && s <= spanPages && prefix(s) && endsAtGap(s);
        @ loop_invariant placedFree() && coalescedFree() && greedy();
        @ loop_invariant usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
        @ assignable freeOrd[*], freeCount;
        @ decreases spanPages - s;
        @*/
        while (s < spanPages) {
            if (!usable[s]) {
                skipPage(s, s + 1);
                s++;
            } else {
                s = emitRun(s);
            }
        }
        packDecomposed();
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires (Object) usable != (Object) freeOrd;
    @   requires 0 <= s && s < spanPages && usable[s] && prefix(s) && endsAtGap(s);
    @   requires placedFree() && coalescedFree() && greedy();
    @   requires usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @   assignable freeOrd[*], freeCount;
    @   ensures s < \result && \result <= spanPages && prefix(\result) && endsAtGap(\result);
    @   ensures placedFree() && coalescedFree() && greedy();
    @   ensures usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @*/
    /** Frees the greedy decomposition of the maximal usable run that starts at s; returns its end. */
    private /*@ helper @*/ int emitRun(int s) {
        int end = runEnd(s);
        startRun(s, end);
        int t = s;
        /*@ loop_invariant s <= t && t <= end && end <= spanPages && prefix(t) && closedAt(t, end);
        @ loop_invariant placedFree() && coalescedFree() && greedy();
        @ loop_invariant usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
        @ loop_invariant (\forall int q; t <= q && q < end; usable[q]);
        @ loop_invariant end == spanPages || !usable[end];
        @ assignable freeOrd[*], freeCount;
        @ decreases end - t;
        @*/
        while (t < end) {
            t = emit(t, end);
        }
        endRun(end);
        return end;
    }

    /*@ private normal_behavior
    @   // the decomposed prefix grows by the block
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires (Object) usable != (Object) freeOrd;
    @   requires 0 <= s && s < e && e <= spanPages && prefix(s);
    @   requires (\forall int q; s <= q && q < e; usable[q]);
    @   requires usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @   assignable freeOrd[s], freeCount;
    @   ensures s < \result && \result <= e && prefix(\result);
    @   ensures usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @ also private normal_behavior
    @   // I1 and I2 are kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires (Object) usable != (Object) freeOrd;
    @   requires 0 <= s && s < e && e <= spanPages && prefix(s);
    @   requires (\forall int q; s <= q && q < e; usable[q]);
    @   requires usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @   requires placedFree();
    @   assignable freeOrd[s], freeCount;
    @   ensures placedFree();
    @ also private normal_behavior
    @   // I5 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires (Object) usable != (Object) freeOrd;
    @   requires 0 <= s && s < e && e <= spanPages && prefix(s);
    @   requires (\forall int q; s <= q && q < e; usable[q]);
    @   requires usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @   requires coalescedFree() && closedAt(s, e);
    @   assignable freeOrd[s], freeCount;
    @   ensures coalescedFree() && closedAt(\result, e);
    @ also private normal_behavior
    @   // the greedy fact is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires (Object) usable != (Object) freeOrd;
    @   requires 0 <= s && s < e && e <= spanPages && prefix(s);
    @   requires (\forall int q; s <= q && q < e; usable[q]);
    @   requires usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @   requires e == spanPages || !usable[e];
    @   requires greedy();
    @   assignable freeOrd[s], freeCount;
    @   ensures greedy();
    @*/
    /**
     * One greedy step in the usable run [s, e): frees the largest block that fits at s; returns its
     * end. Specified one group of facts per case; the write (placeLargest) comes last, so the
     * lemmas read the state before it. The precondition usable != freeOrd (true by their types)
     * lets KeY read usable across the write without a type argument at every read.
     */
    private /*@ helper @*/ int emit(int s, int e) {
        int k = largestFit(s, e);
        int t = blockEnd(s, k);
        sizeFacts(k);
        usableRun(s, t);
        placeLargest(s, k, e);
        return t;
    }

    /*@ private normal_behavior
    @   // the write, as setFree states it
    @   requires freeOrd != null && freeOrd.length == spanPages && 0 <= s && s < spanPages;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires allocOrd != null && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= k && k < MAX_ORDER_LIMIT;
    @   requires (\forall int q; 0 <= q && q < spanPages; -1 <= freeOrd[q] && freeOrd[q] < MAX_ORDER_LIMIT);
    @   requires -MAX_PAGES <= freeCount && freeCount <= MAX_PAGES;
    @   assignable freeOrd[s], freeCount;
    @   ensures freeOrd[s] == k;
    @   ensures freeCount == \old(freeCount) - (\old(freeOrd[s]) >= 0 ? (1 << \old(freeOrd[s])) : 0) + (1 << k);
    @   ensures (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0)
    @        == (\sum int p; 0 <= p && p < spanPages;
    @              \old(freeOrd[p]) >= 0 ? (1 << \old(freeOrd[p])) : 0)
    @           - (\old(freeOrd[s]) >= 0 ? (1 << \old(freeOrd[s])) : 0) + (1 << k);
    @   ensures \old(freeCount == (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0))
    @           ==> freeCount == (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0);
    @   ensures \old(usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0))
    @           ==> usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @ also private normal_behavior
    @   // the greedy fact is kept: the block (s, k) is the largest that fits at s in the run [s, e)
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires (Object) usable != (Object) freeOrd;
    @   requires 0 <= s && s < e && e <= spanPages && prefix(s) && greedy();
    @   requires e == spanPages || !usable[e];
    @   requires 0 <= k && k < orderLimit;
    @   requires k + 1 == orderLimit || s % (2 << k) != 0 || s + (2 << k) > e;
    @   assignable freeOrd[s], freeCount;
    @   ensures greedy();
    @*/
    /**
     * The emit step's write: frees the block (s, k), the largest that fits at s in the run ending
     * at e. It is a method of its own so that the lemmas that carry greedy() across the write are
     * read only by its own proofs (under class axioms off, where they stay single facts); the
     * proofs of emit's facts read this contract, not the lemmas.
     */
    private /*@ helper @*/ void placeLargest(int s, int k, int e) {
        gapAt(s, k, e);
        prefixBounds(s);
        greedyDefined();
        setFree(s, k);
        greedyDefined();
        newBlockGreedy(s, k);
    }

    /*@ private normal_behavior
    @   requires true;
    @   assignable \strictly_nothing;
    @   ensures 0 <= s && s < spanPages && freeOrd[s] == k
    @           && (k + 1 == orderLimit || s % (2 << k) != 0 || gapInDouble(s, k)) ==> greedyAt(s);
    @*/
    /** Lemma for KeY: the new block (s, k) could not have been twice as large, as greedyAt(s) states it. */
    private /*@ helper @*/ void newBlockGreedy(int s, int k) {}

    /*@ private normal_behavior
    @   requires true;
    @   assignable \strictly_nothing;
    @   ensures prefix(s) ==> 0 <= freeCount && freeCount <= s
    @           && (\forall int p; 0 <= p && p < spanPages; -1 <= freeOrd[p] && freeOrd[p] < orderLimit);
    @*/
    /** Lemma for KeY: the bounds that setFree needs, read off prefix(s) without opening it in the step. */
    private /*@ helper @*/ void prefixBounds(int s) {}

    /*@ private normal_behavior
    @   requires true;
    @   assignable \strictly_nothing;
    @   ensures greedy() <==> (\forall int p; 0 <= p && p < spanPages; greedyAt(p));
    @*/
    /**
     * Lemma for KeY: greedy() is its definition. The greedy step is proved with the model methods
     * kept whole, so that gapInDouble crosses the write by its accessible clause; this lemma
     * opens greedy() before the write and closes it after.
     */
    private /*@ helper @*/ void greedyDefined() {}

    /*@ private normal_behavior
    @   requires true;
    @   assignable \strictly_nothing;
    @   ensures usable != null && usable.length == spanPages && 0 <= spanPages && spanPages <= MAX_PAGES
    @           && 0 <= s && s < e && e <= spanPages && 0 <= k && k < MAX_ORDER_LIMIT
    @           && (e == spanPages || !usable[e]) && s + (2 << k) > e ==> gapInDouble(s, k);
    @*/
    /**
     * Lemma for KeY: a block at s whose double reaches past the run's end e, an unusable page or
     * the span's end, has e as its gap (the witness of gapInDouble).
     */
    private /*@ helper @*/ void gapAt(int s, int k, int e) {}

    /*@ private normal_behavior
    @   requires 0 <= s && s <= MAX_PAGES && 0 <= k && k < MAX_ORDER_LIMIT;
    @   assignable \strictly_nothing;
    @   ensures \result == s + (1 << k);
    @*/
    /** The end of the block (s, k): the emit step's only arithmetic, so that step needs none. */
    private static /*@ helper @*/ int blockEnd(int s, int k) {
        sizeFacts(k);
        return s + (1 << k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages;
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] == -1);
    @   requires freeCount == 0;
    @   requires (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0) == 0;
    @   assignable \strictly_nothing;
    @   ensures prefix(0) && endsAtGap(0) && placedFree() && coalescedFree() && greedy();
    @*/
    /** Lemma for KeY: with no block, the empty prefix is decomposed. */
    private /*@ helper @*/ void startDecomposed() {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages;
    @   requires 0 <= s && s < spanPages && !usable[s] && prefix(s) && t == s + 1;
    @   assignable \strictly_nothing;
    @   ensures prefix(t) && endsAtGap(t);
    @*/
    /** Lemma for KeY: an unusable page s extends the decomposed prefix to t = s + 1. */
    private /*@ helper @*/ void skipPage(int s, int t) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages;
    @   requires 0 <= s && s < spanPages && usable[s] && endsAtGap(s);
    @   assignable \strictly_nothing;
    @   ensures closedAt(s, e);
    @*/
    /** Lemma for KeY: no block ends at the first page of a run, whatever the run's end e. */
    private /*@ helper @*/ void startRun(int s, int e) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages;
    @   requires 0 <= e && e <= spanPages && (e == spanPages || !usable[e]);
    @   assignable \strictly_nothing;
    @   ensures endsAtGap(e);
    @*/
    /** Lemma for KeY: a run's end is an unusable page or the span's end. */
    private /*@ helper @*/ void endRun(int e) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires usablePages == (\num_of int p; 0 <= p && p < spanPages; usable[p]);
    @   requires prefix(spanPages) && placedFree() && coalescedFree() && greedy();
    @   requires (\forall int p; 0 <= p && p < spanPages; allocOrd[p] == -1);
    @   requires usedCount == 0 && splitCount == 0 && coalesceCount == 0;
    @   requires usedCount == (\sum int p; 0 <= p && p < spanPages;
    @               allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @   assignable \strictly_nothing;
    @   ensures \invariant_for(this) && freeCount == usablePages;
    @*/
    /** Lemma for KeY: the whole span decomposed, with no allocated block, is the class invariant. */
    private /*@ helper @*/ void packDecomposed() {}

    /*@ private normal_behavior
    @   requires usable != null && usable.length == spanPages && spanPages <= MAX_PAGES;
    @   requires 0 <= a && a <= b && b <= spanPages && (\forall int q; a <= q && q < b; usable[q]);
    @   assignable \strictly_nothing;
    @   ensures (\num_of int q; 0 <= q && q < b; usable[q])
    @        == (\num_of int q; 0 <= q && q < a; usable[q]) + (b - a);
    @*/
    /**
     * Lemma for KeY: an all-usable run [a, b) adds b - a usable pages to the count below a (a count
     * over a range KeY does not split on its own). The empty loop is the induction; it costs
     * O(b - a) at run time.
     */
    private /*@ helper @*/ void usableRun(int a, int b) {
        // Downwards: the overflow case of i-- is a negative bound, where the count is empty at once
        // (upwards, KeY unrolls the count up to 2^31 - 1).
        /*@ loop_invariant a <= i && i <= b;
        @ loop_invariant (\num_of int q; 0 <= q && q < b; usable[q])
        @             == (\num_of int q; 0 <= q && q < i; usable[q]) + (b - i);
        @ assignable \strictly_nothing;
        @ decreases i - a;
        @*/
        for (int i = b; i > a; i--) {}
    }

    /*@ private normal_behavior
    @   requires ord != null && 0 <= n && n <= ord.length && n <= MAX_PAGES;
    @   requires (\forall int p; 0 <= p && p < n; ord[p] == -1);
    @   assignable \strictly_nothing;
    @   ensures (\sum int p; 0 <= p && p < n; ord[p] >= 0 ? (1 << ord[p]) : 0) == 0;
    @*/
    /**
     * Lemma for KeY: with no block the page sum of an order array is 0 (KeY does not evaluate a sum
     * over a symbolic range on its own). The empty loop is the induction; it costs O(n) at run time.
     */
    private static /*@ helper @*/ void noPages(int[] ord, int n) {
        // Downwards, as in usableRun: the overflow case of i-- leaves an empty sum.
        /*@ loop_invariant 0 <= i && i <= n;
        @ loop_invariant (\sum int p; 0 <= p && p < n; ord[p] >= 0 ? (1 << ord[p]) : 0)
        @             == (\sum int p; 0 <= p && p < i; ord[p] >= 0 ? (1 << ord[p]) : 0);
        @ assignable \strictly_nothing;
        @ decreases i;
        @*/
        for (int i = n; i > 0; i--) {}
    }

    /*@ private normal_behavior
    @   requires usable != null && usable.length == spanPages && 0 <= s && s < spanPages && usable[s];
    @   assignable \strictly_nothing;
    @   ensures s < \result && \result <= spanPages;
    @   ensures (\forall int q; s <= q && q < \result; usable[q]);
    @   ensures \result == spanPages || !usable[\result];
    @*/
    /** The end of the maximal usable run that contains page s. */
    private /*@ helper @*/ int runEnd(int s) {
        int e = s + 1;
        /*@ loop_invariant s < e && e <= spanPages;
        @ loop_invariant (\forall int q; s <= q && q < e; usable[q]);
        @ assignable \strictly_nothing;
        @ decreases spanPages - e;
        @*/
        while (e < spanPages && usable[e]) {
            e++;
        }
        return e;
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= s && s < e && e <= MAX_PAGES;
    @   assignable \strictly_nothing;
    @   ensures 0 <= \result && \result < orderLimit;
    @   ensures s % (1 << \result) == 0 && s + (1 << \result) <= e;
    @   ensures \result + 1 == orderLimit || s % (2 << \result) != 0 || s + (2 << \result) > e;
    @*/
    /**
     * The largest k below maxOrder with s aligned to 2^k and s + 2^k <= e, searched upwards: once
     * 2^(k+1) is misaligned or too long, so is every larger size.
     */
    private /*@ helper @*/ int largestFit(int s, int e) {
        int k = 0;
        sizeFacts(k);
        /*@ loop_invariant 0 <= k && k < orderLimit;
        @ loop_invariant 0 <= s && s < e && e <= 16777216;
        @ loop_invariant 1 <= (1 << k) && (1 << k) <= 8388608 && (2 << k) == 2 * (1 << k)
        @                && (1 << (k + 1)) == (2 << k);
        @ loop_invariant s % (1 << k) == 0 && s + (1 << k) <= e;
        @ assignable \strictly_nothing;
        @ decreases orderLimit - k;
        @*/
        while (k + 1 < orderLimit && s % (2 << k) == 0 && s + (2 << k) <= e) {
            k++;
            sizeFacts(k);
        }
        return k;
    }

    /*@ private normal_behavior
    @   requires freeOrd != null && freeOrd.length == spanPages && 0 <= at && at < spanPages;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires allocOrd != null && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires -1 <= v && v < MAX_ORDER_LIMIT;
    @   requires (\forall int q; 0 <= q && q < spanPages; -1 <= freeOrd[q] && freeOrd[q] < MAX_ORDER_LIMIT);
    @   requires -MAX_PAGES <= freeCount && freeCount <= MAX_PAGES;
    @   assignable freeOrd[at], freeCount;
    @   ensures freeOrd[at] == v;
    @   ensures freeCount == \old(freeCount) - (\old(freeOrd[at]) >= 0 ? (1 << \old(freeOrd[at])) : 0)
    @                     + (v >= 0 ? (1 << v) : 0);
    @   ensures (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0)
    @        == (\sum int p; 0 <= p && p < spanPages;
    @              \old(freeOrd[p]) >= 0 ? (1 << \old(freeOrd[p])) : 0)
    @           - (\old(freeOrd[at]) >= 0 ? (1 << \old(freeOrd[at])) : 0) + (v >= 0 ? (1 << v) : 0);
    @   // I4 is kept for both counters, stated as implications so callers need no sum arithmetic.
    @   ensures \old(freeCount == (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0))
    @           ==> freeCount == (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0);
    @   ensures \old(usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0))
    @           ==> usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @*/
    /**
     * The only write to freeOrd: sets the free order at page {@code at} and moves freeCount with it. The empty
     * loop is a lemma for KeY (a sum over a point-updated array, proved by induction over its
     * range); it costs O(span) at run time.
     */
    private /*@ helper @*/ void setFree(int at, int v) {
        int old = freeOrd[at];
        if (old >= 0) {
            sizeFacts(old);
        }
        if (v >= 0) {
            sizeFacts(v);
        }
        freeOrd[at] = v;
        freeCount = freeCount - (old >= 0 ? (1 << old) : 0) + (v >= 0 ? (1 << v) : 0);
        /*@ loop_invariant 0 <= i && i <= spanPages;
            @ loop_invariant (\sum int p; 0 <= p && p < i; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0)
            @     == (\sum int p; 0 <= p && p < i; \old(freeOrd[p]) >= 0 ? (1 << \old(freeOrd[p])) : 0)
            @        + (at < i ? (v >= 0 ? (1 << v) : 0) - (old >= 0 ? (1 << old) : 0) : 0);
            @ loop_invariant (\sum int p; 0 <= p && p < i; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0)
            @     == \old((\sum int p; 0 <= p && p < i; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0));
        @ assignable \nothing;
            @ decreases spanPages - i;
            @*/
        for (int i = 0; i < spanPages; i++) {}
    }

    /*@ private normal_behavior
    @   requires allocOrd != null && allocOrd.length == spanPages && 0 <= at && at < spanPages;
    @   requires 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires freeOrd != null && freeOrd.length == spanPages && freeOrd != allocOrd;
    @   requires -1 <= v && v < MAX_ORDER_LIMIT;
    @   requires (\forall int q; 0 <= q && q < spanPages; -1 <= allocOrd[q] && allocOrd[q] < MAX_ORDER_LIMIT);
    @   requires -MAX_PAGES <= usedCount && usedCount <= MAX_PAGES;
    @   assignable allocOrd[at], usedCount;
    @   ensures allocOrd[at] == v;
    @   ensures usedCount == \old(usedCount) - (\old(allocOrd[at]) >= 0 ? (1 << \old(allocOrd[at])) : 0)
    @                     + (v >= 0 ? (1 << v) : 0);
    @   ensures (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0)
    @        == (\sum int p; 0 <= p && p < spanPages;
    @              \old(allocOrd[p]) >= 0 ? (1 << \old(allocOrd[p])) : 0)
    @           - (\old(allocOrd[at]) >= 0 ? (1 << \old(allocOrd[at])) : 0) + (v >= 0 ? (1 << v) : 0);
    @   // I4 is kept for both counters, stated as implications so callers need no sum arithmetic.
    @   ensures \old(freeCount == (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0))
    @           ==> freeCount == (\sum int p; 0 <= p && p < spanPages; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0);
    @   ensures \old(usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0))
    @           ==> usedCount == (\sum int p; 0 <= p && p < spanPages; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @*/
    /** The only write to allocOrd, the twin of {@link #setFree}. */
    private /*@ helper @*/ void setAlloc(int at, int v) {
        int old = allocOrd[at];
        if (old >= 0) {
            sizeFacts(old);
        }
        if (v >= 0) {
            sizeFacts(v);
        }
        allocOrd[at] = v;
        usedCount = usedCount - (old >= 0 ? (1 << old) : 0) + (v >= 0 ? (1 << v) : 0);
        /*@ loop_invariant 0 <= i && i <= spanPages;
            @ loop_invariant (\sum int p; 0 <= p && p < i; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0)
            @     == (\sum int p; 0 <= p && p < i; \old(allocOrd[p]) >= 0 ? (1 << \old(allocOrd[p])) : 0)
            @        + (at < i ? (v >= 0 ? (1 << v) : 0) - (old >= 0 ? (1 << old) : 0) : 0);
            @ loop_invariant (\sum int p; 0 <= p && p < i; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0)
            @     == \old((\sum int p; 0 <= p && p < i; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0));
        @ assignable \nothing;
            @ decreases spanPages - i;
            @*/
        for (int i = 0; i < spanPages; i++) {}
    }

    /*@ public normal_behavior
    @   requires order < 0 || order >= orderLimit;
    @   assignable \nothing;
    @   ensures \result == ERR_ALLOCATION_TOO_LARGE;
    @ also public normal_behavior
    @   requires 0 <= order && order < orderLimit;
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < order);
    @   assignable \nothing;
    @   ensures \result == ERR_OUT_OF_MEMORY;
    @ also public normal_behavior
    @   requires 0 <= order && order < orderLimit;
    @   requires (\exists int p; 0 <= p && p < spanPages; freeOrd[p] >= order);
    @   assignable freeOrd[*], allocOrd[*], freeCount, usedCount, splitCount, coalesceCount;
    @   // The block taken: free, of the smallest sufficient order j, the lowest address of order j.
    @   ensures 0 <= \result && \result < spanPages && \old(freeOrd[\result]) >= order;
    @   ensures (\forall int p; 0 <= p && p < spanPages && \old(freeOrd[p]) >= order;
    @              \old(freeOrd[p]) >= \old(freeOrd[\result]));
    @   ensures (\forall int p; 0 <= p && p < \result; \old(freeOrd[p]) != \old(freeOrd[\result]));
    @   // (result, order) joins A; the upper halves (result + 2^i, i), order <= i < j, join F.
    @   ensures allocOrd[\result] == order && freeOrd[\result] == -1;
    @   ensures (\forall int i; order <= i && i < \old(freeOrd[\result]);
    @              freeOrd[\result + (1 << i)] == i);
    @   // Nothing else changes hands.
    @   ensures (\forall int p; 0 <= p && p < spanPages && p != \result;
    @              allocOrd[p] == \old(allocOrd[p]));
    @   ensures (\forall int p; 0 <= p && p < spanPages && p != \result
    @              && freeOrd[p] != \old(freeOrd[p]);
    @              order <= freeOrd[p] && freeOrd[p] < \old(freeOrd[\result])
    @              && p == \result + (1 << freeOrd[p]));
    @   ensures freeCount == \old(freeCount) - (1 << order);
    @   ensures usedCount == \old(usedCount) + (1 << order);
    @   ensures splitCount == \old(freeOrd[\result]) - order && coalesceCount == 0;
    @*/
    /**
     * Allocates a block of 2^order pages: the free block of the smallest sufficient order j with
     * the lowest address, split down to order (upper halves become free).
     *
     * @return the relative pfn, ERR_ALLOCATION_TOO_LARGE (order outside [0, maxOrder)) or
     *     ERR_OUT_OF_MEMORY
     */
    public int alloc(int order) {
        if (order < 0 || order >= orderLimit) {
            return ERR_ALLOCATION_TOO_LARGE;
        }
        int j = order;
        int pfn = -1;
        readShape();
        /*@ loop_invariant order <= j && j <= orderLimit && -1 <= pfn && pfn < spanPages;
        @ loop_invariant (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < order || freeOrd[p] >= j);
        @ loop_invariant pfn >= 0 ==> j < orderLimit && freeOrd[pfn] == j
        @                && (\forall int p; 0 <= p && p < pfn; freeOrd[p] != j);
        @ assignable \strictly_nothing;
        @ decreases orderLimit - j + (pfn < 0 ? 1 : 0);
        @*/
        while (pfn < 0 && j < orderLimit) {
            pfn = lowestFree(j);
            if (pfn < 0) {
                j++;
            }
        }
        if (pfn < 0) {
            return ERR_OUT_OF_MEMORY;
        }
        splitDown(pfn, j, order);
        return pfn;
    }

    /*@ private normal_behavior
    @   requires 0 <= order && order <= j && j < orderLimit;
    @   requires 0 <= h && h < spanPages && freeOrd[h] == j;
    @   assignable freeOrd[*], allocOrd[*], freeCount, usedCount, splitCount, coalesceCount;
    @   ensures allocOrd[h] == order && freeOrd[h] == -1;
    @   ensures (\forall int i; order <= i && i < j; freeOrd[h + (1 << i)] == i);
    @   ensures (\forall int p; 0 <= p && p < spanPages && p != h; allocOrd[p] == \old(allocOrd[p]));
    @   ensures (\forall int p; 0 <= p && p < spanPages && p != h && freeOrd[p] != \old(freeOrd[p]);
    @              order <= freeOrd[p] && freeOrd[p] < j && p == h + (1 << freeOrd[p]));
    @   ensures freeCount == \old(freeCount) - (1 << order);
    @   ensures usedCount == \old(usedCount) + (1 << order);
    @   ensures splitCount == j - order && coalesceCount == 0;
    @*/
    /**
     * Allocates the free block (h, j) split down to (h, order): the upper halves (h + 2^i, i),
     * order <= i < j, become free. Not a helper: it takes and keeps the class invariant, so that
     * alloc's proof uses it as one fact. Inside, the invariant travels as its groups (see
     * ordersInRange()) and the split's progress as halvesFree/halvesOnly, which each step keeps
     * and the next one requires word for word, so the loop invariant has no quantifier of its own.
     * The loop writes only inside the block, so what lies outside it needs no invariant either.
     */
    private void splitDown(int h, int j, int order) {
        readGroups();
        countBounds(h);
        takeStep(h);
        allocInside(h);
        startHalves(h, j);
        int k = j;
        /*@ loop_invariant ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree()
        @                && usableCounted() && halvesFree(h, k, j) && halvesOnly(h, k, j);
        @ loop_invariant order <= k && k <= j && allocOrd[h] == k && freeOrd[h] == -1;
        @ loop_invariant 0 <= h && h < spanPages && (1 << k) <= (1 << j);
        @ loop_invariant 0 <= freeCount && (1 << k) <= usedCount && freeCount + usedCount <= MAX_PAGES
        @                && freeCount + usedCount == usablePages;
        @ loop_invariant freeCount == \old(freeCount) - (1 << k);
        @ loop_invariant usedCount == \old(usedCount) + (1 << k);
        @ assignable allocOrd[h], freeOrd[h + 1 .. h + (1 << j) - 1], freeCount, usedCount;
        @ decreases k;
        @*/
        while (k > order) {
            k--;
            sizeFacts(k);
            splitStep(h, k, j);
        }
        endHalves(h, order, j);
        endSplit(j - order);
    }

    /*@ private normal_behavior
    @   // I3, I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires freeCount + usedCount == usablePages;
    @   requires pageSums();
    @   assignable freeOrd[h], allocOrd[h], freeCount, usedCount;
    @   ensures ordersInRange();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures freeCount + usedCount == usablePages;
    @   ensures pageSums();
    @   ensures freeOrd[h] == -1 && allocOrd[h] == \old(freeOrd[h]);
    @   ensures freeCount == \old(freeCount) - (1 << \old(freeOrd[h]))
    @           && usedCount == \old(usedCount) + (1 << \old(freeOrd[h]));
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires freeCount + usedCount == usablePages;
    @   requires pageSums();
    @   requires disjoint();
    @   assignable freeOrd[h], allocOrd[h], freeCount, usedCount;
    @   ensures disjoint();
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires freeCount + usedCount == usablePages;
    @   requires pageSums();
    @   requires aligned();
    @   assignable freeOrd[h], allocOrd[h], freeCount, usedCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires freeCount + usedCount == usablePages;
    @   requires pageSums();
    @   requires coalescedFree();
    @   assignable freeOrd[h], allocOrd[h], freeCount, usedCount;
    @   ensures coalescedFree();
    @*/
    /**
     * Moves the free block at h to A unchanged, the first step of an allocation. Each step keeps
     * I1..I5 and is proved one invariant group per specification case, so every proof stays small.
     */
    private /*@ helper @*/ void take(int h) {
        int j = freeOrd[h];
        sizeFacts(j);
        setFree(h, -1);
        setAlloc(h, j);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires freeCount + usedCount == usablePages;
    @   assignable freeOrd[h], allocOrd[h], freeCount, usedCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures freeCount + usedCount == usablePages;
    @   ensures freeOrd[h] == -1 && allocOrd[h] == \old(freeOrd[h]);
    @   ensures freeCount == \old(freeCount) - (1 << \old(freeOrd[h]))
    @           && usedCount == \old(usedCount) + (1 << \old(freeOrd[h]));
    @*/
    /** take with its four cases' groups as one contract, the form splitDown passes on. */
    private /*@ helper @*/ void takeStep(int h) {
        take(h);
    }

    /*@ private normal_behavior
    @   // I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= h && h < spanPages;
    @   requires allocOrd[h] == k + 1 && freeOrd[h] == -1 && (2 << k) <= usedCount;
    @   requires h % (2 << k) == 0 && h + (2 << k) <= spanPages;
    @   requires pageSums();
    @   assignable allocOrd[h], usedCount;
    @   ensures ordersInRange() && pageSums();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures allocOrd[h] == k && usedCount == \old(usedCount) - (1 << k);
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= h && h < spanPages;
    @   requires allocOrd[h] == k + 1 && freeOrd[h] == -1 && (2 << k) <= usedCount;
    @   requires h % (2 << k) == 0 && h + (2 << k) <= spanPages;
    @   requires pageSums();
    @   requires disjoint();
    @   assignable allocOrd[h], usedCount;
    @   ensures disjoint();
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= h && h < spanPages;
    @   requires allocOrd[h] == k + 1 && freeOrd[h] == -1 && (2 << k) <= usedCount;
    @   requires h % (2 << k) == 0 && h + (2 << k) <= spanPages;
    @   requires pageSums();
    @   requires aligned() && lowerHalf(h, k);
    @   assignable allocOrd[h], usedCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= h && h < spanPages;
    @   requires allocOrd[h] == k + 1 && freeOrd[h] == -1 && (2 << k) <= usedCount;
    @   requires h % (2 << k) == 0 && h + (2 << k) <= spanPages;
    @   requires pageSums();
    @   requires coalescedFree();
    @   assignable allocOrd[h], usedCount;
    @   ensures coalescedFree();
    @*/
    /**
     * The first half of a split step: the allocated block (h, k + 1) shrinks to its lower half
     * (h, k), whose upper half is then unowned. One write, one invariant group per specification
     * case, as take.
     */
    private /*@ helper @*/ void shrinkAlloc(int h, int k) {
        sizeFacts(k);
        halves(h, k);
        setAlloc(h, k);
    }

    /*@ private normal_behavior
    @   // I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b < spanPages;
    @   requires pageSums() && upperHalf(b, k) && endsBelow(b);
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && pageSums();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k);
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b < spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p; 0 <= p && p < b;
    @               (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @               && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable freeOrd[b], freeCount;
    @   ensures (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b < spanPages;
    @   requires pageSums() && upperHalf(b, k) && endsBelow(b);
    @   requires aligned();
    @   assignable freeOrd[b], freeCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b < spanPages;
    @   requires pageSums() && upperHalf(b, k) && endsBelow(b);
    @   requires coalescedFree();
    @   assignable freeOrd[b], freeCount;
    @   ensures coalescedFree();
    @*/
    /**
     * The second half of a split step: the unowned upper half (b, k) joins F. Its I1 case states
     * the group and the local facts it needs spelled out (on the model methods KeY does not find
     * the instances); addFreeStep passes them on as single facts.
     */
    private /*@ helper @*/ void addFree(int b, int k) {
        sizeFacts(k);
        setFree(b, k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b < spanPages;
    @   requires pageSums() && upperHalf(b, k) && endsBelow(b);
    @   requires disjoint() && aligned() && coalescedFree();
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k);
    @*/
    /** addFree with the invariant's groups as single facts, the form splitStep passes on. */
    private /*@ helper @*/ void addFreeStep(int b, int k) {
        unfoldDisjoint();
        readUpper(b, k);
        addFree(b, k);
        foldDisjoint();
    }

    /*@ private normal_behavior
    @   requires disjoint();
    @   assignable \strictly_nothing;
    @   ensures (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @*/
    /** Lemma for KeY: I1 spelled out, as addFree's I1 case states it. */
    private /*@ helper @*/ void unfoldDisjoint() {}

    /*@ private normal_behavior
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable \strictly_nothing;
    @   ensures disjoint();
    @*/
    /** Lemma for KeY: I1 folded back after addFree. */
    private /*@ helper @*/ void foldDisjoint() {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires disjoint() && aligned();
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= h && h < spanPages;
    @   requires allocOrd[h] == k + 1 && freeOrd[h] == -1;
    @   assignable \strictly_nothing;
    @   ensures lowerHalf(h, k) && upperHalf((int) (h + (1 << k)), k);
    @   ensures h % (2 << k) == 0 && h + (2 << k) <= spanPages;
    @*/
    /**
     * Lemma for KeY: the halves' local facts (lowerHalf, upperHalf) read off I1 and I2 at the
     * allocated block (h, k + 1) before it splits.
     */
    private /*@ helper @*/ void splitFacts(int h, int k) {
        sizeFacts(k);
        allocInside(h);
        doubleInside(h, k);
        lowerUsable(h, k);
        halves(h, k);
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT;
    @   requires (\forall int q; h <= q && q < h + (2 << k); usable[q]);
    @   assignable \strictly_nothing;
    @   ensures (\forall int q; h <= q && q < h + (1 << k); usable[q]);
    @*/
    /** Lemma for KeY: the lower half of a block on usable pages lies on usable pages. */
    private /*@ helper @*/ void lowerUsable(int h, int k) {
        sizeFacts(k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned();
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= h && h + (2 << k) <= spanPages;
    @   requires allocOrd[h] == k && freeOrd[h] == -1;
    @   assignable \strictly_nothing;
    @   ensures endsBelow((int) (h + (1 << k)));
    @*/
    /**
     * Lemma for KeY: once the block at h has shrunk to (h, k), every block below its upper half
     * ends at or before it (I1 read at h: below h, at h, and inside (h, k)).
     */
    private /*@ helper @*/ void upperBelow(int h, int k) {
        sizeFacts(k);
        allocInside(h);
        allocBelow(h);
    }

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null && 0 <= k && k < MAX_ORDER_LIMIT;
    @   requires upperHalf(b, k) && endsBelow(b);
    @   assignable \strictly_nothing;
    @   ensures freeOrd[b] < 0 && allocOrd[b] < 0;
    @   ensures (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p; 0 <= p && p < b;
    @              (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @              && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @*/
    /** Lemma for KeY: the upper half's facts that addFree's I1 case states spelled out. */
    private /*@ helper @*/ void readUpper(int b, int k) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES
    @            && freeCount + usedCount == usablePages;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= h && h < spanPages;
    @   requires allocOrd[h] == k + 1 && freeOrd[h] == -1 && (2 << k) <= usedCount;
    @   requires k + 1 <= j && halvesFree(h, (int) (k + 1), j) && halvesOnly(h, (int) (k + 1), j);
    @   assignable allocOrd[h], freeOrd[h + (1 << k)], freeCount, usedCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES
    @           && freeCount + usedCount == usablePages;
    @   ensures allocOrd[h] == k && freeOrd[h] == -1 && halvesFree(h, k, j) && halvesOnly(h, k, j);
    @   ensures 1 <= (1 << k) && (2 << k) == 2 * (1 << k) && (1 << (k + 1)) == (2 << k);
    @   ensures freeCount == \old(freeCount) + (1 << k) && usedCount == \old(usedCount) - (1 << k);
    @*/
    /**
     * One split step of splitDown's loop, (h, k + 1) into (h, k) and its free upper buddy, with
     * the invariant's groups, the step's local facts and the split's progress as single facts:
     * shrinkAlloc and addFreeStep each keep the groups across their one write.
     */
    private /*@ helper @*/ void splitStep(int h, int k, int j) {
        sizeFacts(k);
        readHalves(h, k + 1, j);
        splitFacts(h, k);
        shrinkAlloc(h, k);
        upperBelow(h, k);
        addFreeStep(h + (1 << k), k);
        packHalves(h, k, j);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0;
    @   requires ordersInRange() && disjoint() && aligned();
    @   assignable \strictly_nothing;
    @   ensures h % (1 << allocOrd[h]) == 0 && h + (1 << allocOrd[h]) <= spanPages;
    @   ensures (\forall int q; h < q && q < h + (1 << allocOrd[h]); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int q; h <= q && q < h + (1 << allocOrd[h]); usable[q]);
    @*/
    /**
     * Lemma for KeY: the allocated block at h is aligned, lies on usable pages and holds no other
     * head (I1 and I2 read at h).
     */
    private /*@ helper @*/ void allocInside(int h) {}

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= h && allocOrd != null && freeOrd != null
    @            && usable != null && h < allocOrd.length && allocOrd[h] == k + 1 && spanPages <= MAX_PAGES;
    @   requires h % (1 << allocOrd[h]) == 0 && h + (1 << allocOrd[h]) <= spanPages;
    @   requires (\forall int q; h < q && q < h + (1 << allocOrd[h]); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int q; h <= q && q < h + (1 << allocOrd[h]); usable[q]);
    @   assignable \strictly_nothing;
    @   ensures h % (2 << k) == 0 && h + (2 << k) <= spanPages && freeOrd[h + (1 << k)] < 0;
    @   ensures (\forall int q; h < q && q < h + (2 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int q; h <= q && q < h + (2 << k); usable[q]);
    @*/
    /** Lemma for KeY: allocInside's facts for a block of order k + 1, in the split step's terms. */
    private /*@ helper @*/ void doubleInside(int h, int k) {
        sizeFacts(k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0;
    @   requires ordersInRange() && disjoint();
    @   assignable \strictly_nothing;
    @   ensures (\forall int p; 0 <= p && p < h;
    @              (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= h)
    @              && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= h));
    @*/
    /**
     * Lemma for KeY: every block below the allocated block at h ends at or before h (I1 read with
     * h as the page inside), the other local fact a split step needs.
     */
    private /*@ helper @*/ void allocBelow(int h) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= j && j < orderLimit && 0 <= h && h < spanPages && allocOrd[h] == j;
    @   requires ordersInRange();
    @   requires h + (1 << allocOrd[h]) <= spanPages;
    @   requires (\forall int q; h < q && q < h + (1 << allocOrd[h]); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable \strictly_nothing;
    @   ensures halvesFree(h, j, j) && halvesOnly(h, j, j);
    @   ensures (\forall int p; h < p && p < h + (1 << j); freeOrd[p] == -1);
    @*/
    /**
     * Lemma for KeY: a split of the allocated block (h, j) starts with no upper half free and no
     * free head inside the block (I1 read at h).
     */
    private /*@ helper @*/ void startHalves(int h, int j) {}

    /*@ private normal_behavior
    @   requires halvesFree(h, k, j) && halvesOnly(h, k, j);
    @   assignable \strictly_nothing;
    @   ensures (\forall int i; k <= i && i < j; freeOrd[h + (1 << i)] == i && (1 << k) <= (1 << i));
    @   ensures (\forall int p; h < p && p < h + (1 << j);
    @              freeOrd[p] == -1 || k <= freeOrd[p] && freeOrd[p] < j && p == h + (1 << freeOrd[p]));
    @*/
    /** Lemma for KeY: a split's progress spelled out, before the next step's write. */
    private /*@ helper @*/ void readHalves(int h, int k, int j) {}

    /*@ private normal_behavior
    @   requires (\forall int i; k <= i && i < j; freeOrd[h + (1 << i)] == i && (1 << k) <= (1 << i));
    @   requires (\forall int p; h < p && p < h + (1 << j);
    @              freeOrd[p] == -1 || k <= freeOrd[p] && freeOrd[p] < j && p == h + (1 << freeOrd[p]));
    @   assignable \strictly_nothing;
    @   ensures halvesFree(h, k, j) && halvesOnly(h, k, j);
    @*/
    /** Lemma for KeY: a split's progress folded back after a step's write. */
    private /*@ helper @*/ void packHalves(int h, int k, int j) {}

    /*@ private normal_behavior
    @   requires halvesFree(h, k, j) && halvesOnly(h, k, j);
    @   assignable \strictly_nothing;
    @   ensures (\forall int i; k <= i && i < j; freeOrd[h + (1 << i)] == i);
    @   ensures (\forall int p; h < p && p < h + (1 << j);
    @              freeOrd[p] == -1 || k <= freeOrd[p] && freeOrd[p] < j && p == h + (1 << freeOrd[p]));
    @*/
    /** Lemma for KeY: a finished split's upper halves, spelled out for splitDown's postcondition. */
    private /*@ helper @*/ void endHalves(int h, int k, int j) {}

    /*@ private normal_behavior
    @   assignable \strictly_nothing;
    @   ensures 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   ensures usable != null && freeOrd != null && allocOrd != null;
    @   ensures usable.length == spanPages && freeOrd.length == spanPages
    @           && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree()
    @           && usableCounted();
    @   ensures freeCount + usedCount == usablePages;
    @*/
    /**
     * Lemma for KeY: the class invariant unfolded into its groups (endSplit folds them back).
     * Not a helper, so it reads \invariant_for(this) as splitDown's precondition states it.
     */
    private void readGroups() {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && pageSums() && usableCounted();
    @   requires freeCount + usedCount == usablePages;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0;
    @   assignable \strictly_nothing;
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @*/
    /**
     * Lemma for KeY: the counters' bounds at the start of an allocation (a page sum is at least
     * each of its terms, and at most every page is usable), and that h heads no allocated block.
     */
    private /*@ helper @*/ void countBounds(int h) {
        sizeFacts(freeOrd[h]);
        sumAtLeast(freeOrd, spanPages, h);
        sumAtLeast(allocOrd, spanPages, h);
        countAtMost(usable, spanPages);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree()
    @            && usableCounted();
    @   requires freeCount + usedCount == usablePages && splits >= 0;
    @   assignable splitCount, coalesceCount;
    @   ensures splitCount == splits && coalesceCount == 0;
    @   ensures \invariant_for(this);
    @*/
    /**
     * Records an allocation's statistics (splits, no coalescing) and folds the class invariant's
     * groups back into \invariant_for(this): the last step of splitDown. The two writes happen
     * here, so that splitDown's proof never carries the groups across them.
     */
    private /*@ helper @*/ void endSplit(int splits) {
        splitCount = splits;
        coalesceCount = 0;
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= h && h <= 2 * MAX_PAGES && h % (2 << k) == 0;
    @   assignable \strictly_nothing;
    @   ensures h % (1 << k) == 0 && (h + (1 << k)) % (1 << k) == 0 && (h + (1 << k)) % (2 << k) != 0;
    @*/
    /** Lemma for KeY: both halves of a 2^(k+1)-aligned block are 2^k-aligned, the upper one only that. */
    private static /*@ helper @*/ void halves(int h, int k) {
        /*@ assert k == 0 || k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7
        @     || k == 8 || k == 9 || k == 10 || k == 11 || k == 12 || k == 13 || k == 14 || k == 15
        @     || k == 16 || k == 17 || k == 18 || k == 19 || k == 20 || k == 21 || k == 22 || k == 23;
        @*/
    }

    /*@ private normal_behavior
    @   requires a != null && 0 <= n && n <= a.length && n <= MAX_PAGES && 0 <= h && h < n;
    @   requires (\forall int p; 0 <= p && p < n; -1 <= a[p] && a[p] < MAX_ORDER_LIMIT);
    @   assignable \strictly_nothing;
    @   ensures (\sum int p; 0 <= p && p < n; a[p] >= 0 ? (1 << a[p]) : 0) >= (a[h] >= 0 ? (1 << a[h]) : 0);
    @*/
    /**
     * Lemma for KeY: a page sum (I4's shape, over F or A) is at least any one of its terms, so a
     * counter never drops below zero (an induction over the pages; the loop does nothing).
     */
    private static /*@ helper @*/ void sumAtLeast(int[] a, int n, int h) {
        /*@ loop_invariant 0 <= i && i <= n;
        @ loop_invariant (\sum int p; 0 <= p && p < i; a[p] >= 0 ? (1 << a[p]) : 0)
        @                >= (h < i && a[h] >= 0 ? (1 << a[h]) : 0);
        @ assignable \strictly_nothing;
        @ decreases n - i;
        @*/
        for (int i = 0; i < n; i++) {
            if (a[i] >= 0) {
                sizeFacts(a[i]);
            }
        }
    }

    /*@ private normal_behavior
    @   requires a != null && 0 <= n && n <= a.length;
    @   assignable \strictly_nothing;
    @   ensures (\num_of int p; 0 <= p && p < n; a[p]) <= n;
    @*/
    /** Lemma for KeY: at most n of the first n pages are usable (so I3's counters stay below MAX_PAGES). */
    private static /*@ helper @*/ void countAtMost(boolean[] a, int n) {
        /*@ loop_invariant 0 <= i && i <= n;
        @ loop_invariant (\num_of int p; 0 <= p && p < i; a[p]) <= i;
        @ assignable \strictly_nothing;
        @ decreases n - i;
        @*/
        for (int i = 0; i < n; i++) {}
    }

    /*@ private normal_behavior
    @   requires freeOrd != null && freeOrd.length == spanPages;
    @   assignable \strictly_nothing;
    @   ensures -1 <= \result && \result < spanPages;
    @   ensures \result >= 0 ==> freeOrd[\result] == k;
    @   ensures (\forall int p; 0 <= p && p < spanPages && (\result < 0 || p < \result);
    @              freeOrd[p] != k);
    @*/
    /** The lowest page heading a free block of order k, or -1. */
    private /*@ helper @*/ int lowestFree(int k) {
        int p = 0;
        /*@ loop_invariant 0 <= p && p <= spanPages;
        @ loop_invariant (\forall int q; 0 <= q && q < p; freeOrd[q] != k);
        @ assignable \strictly_nothing;
        @ decreases spanPages - p;
        @*/
        while (p < spanPages && freeOrd[p] != k) {
            p++;
        }
        return p < spanPages ? p : -1;
    }

    /*@ public normal_behavior
    @   requires pfn < 0 || pfn >= spanPages || !usable[pfn];
    @   assignable \nothing;
    @   ensures \result == ERR_ADDRESS_OUT_OF_RANGE;
    @ also public normal_behavior
    @   requires 0 <= pfn && pfn < spanPages && usable[pfn];
    @   requires order < 0 || order >= orderLimit;
    @   assignable \nothing;
    @   ensures \result == ERR_ALLOCATION_TOO_LARGE;
    @ also public normal_behavior
    @   requires 0 <= pfn && pfn < spanPages && usable[pfn];
    @   requires 0 <= order && order < orderLimit;
    @   requires allocOrd[pfn] >= 0 && allocOrd[pfn] != order;
    @   assignable \nothing;
    @   ensures \result == ERR_SIZE_MISMATCH;
    @ also public normal_behavior
    @   requires 0 <= pfn && pfn < spanPages && usable[pfn];
    @   requires 0 <= order && order < orderLimit;
    @   requires allocOrd[pfn] < 0;
    @   assignable \nothing;
    @   ensures \result == ERR_NOT_ALLOCATED;
    @ also public normal_behavior
    @   requires 0 <= pfn && pfn < spanPages && usable[pfn];
    @   requires 0 <= order && order < orderLimit;
    @   requires allocOrd[pfn] == order;
    @   assignable freeOrd[*], allocOrd[*], freeCount, usedCount, splitCount, coalesceCount;
    @   ensures \result == OK && allocOrd[pfn] == -1;
    @   ensures (\forall int p; 0 <= p && p < spanPages && p != pfn;
    @              allocOrd[p] == \old(allocOrd[p]));
    @   ensures freeCount == \old(freeCount) + (1 << order);
    @   ensures usedCount == \old(usedCount) - (1 << order);
    @   ensures splitCount == 0 && coalesceCount >= 0 && order + coalesceCount < orderLimit;
    @   // The coalesced block (b, m), m = order + coalesces, b = pfn rounded down to 2^m, is free;
    @   // no other page inside it heads a free block; outside it F is unchanged.
    @   ensures freeOrd[pfn - pfn % (1 << (order + coalesceCount))] == order + coalesceCount;
    @   ensures (\forall int p; pfn - pfn % (1 << (order + coalesceCount)) < p
    @              && p < pfn - pfn % (1 << (order + coalesceCount)) + (1 << (order + coalesceCount));
    @              freeOrd[p] < 0);
    @   ensures (\forall int p; 0 <= p && p < spanPages
    @              && (p < pfn - pfn % (1 << (order + coalesceCount))
    @                  || pfn - pfn % (1 << (order + coalesceCount)) + (1 << (order + coalesceCount)) <= p);
    @              freeOrd[p] == \old(freeOrd[p]));
    @*/
    /**
     * Frees the allocated block (pfn, order) and coalesces it with free buddies of the same order
     * while k + 1 < maxOrder. Checks in this order: address, order, size, allocation.
     *
     * @return OK, ERR_ADDRESS_OUT_OF_RANGE, ERR_ALLOCATION_TOO_LARGE, ERR_SIZE_MISMATCH or
     *     ERR_NOT_ALLOCATED
     */
    public int free(int pfn, int order) {
        if (pfn < 0 || pfn >= spanPages || !usable[pfn]) {
            return ERR_ADDRESS_OUT_OF_RANGE;
        }
        if (order < 0 || order >= orderLimit) {
            return ERR_ALLOCATION_TOO_LARGE;
        }
        if (allocOrd[pfn] >= 0 && allocOrd[pfn] != order) {
            return ERR_SIZE_MISMATCH;
        }
        if (allocOrd[pfn] < 0) {
            return ERR_NOT_ALLOCATED;
        }
        release(pfn, order);
        return OK;
    }

    /*@ private normal_behavior
    @   requires 0 <= pfn && pfn < spanPages && 0 <= order && order < orderLimit && allocOrd[pfn] == order;
    @   assignable freeOrd[*], allocOrd[pfn], freeCount, usedCount, splitCount, coalesceCount;
    @   ensures allocOrd[pfn] == -1;
    @   ensures freeCount == \old(freeCount) + (1 << order);
    @   ensures usedCount == \old(usedCount) - (1 << order);
    @   ensures splitCount == 0 && coalesceCount >= 0 && order + coalesceCount < orderLimit;
    @   ensures freeOrd[pfn - pfn % (1 << (order + coalesceCount))] == order + coalesceCount;
    @   ensures (\forall int p; pfn - pfn % (1 << (order + coalesceCount)) < p
    @              && p < pfn - pfn % (1 << (order + coalesceCount)) + (1 << (order + coalesceCount));
    @              freeOrd[p] < 0);
    @   ensures (\forall int p; 0 <= p && p < spanPages
    @              && (p < pfn - pfn % (1 << (order + coalesceCount))
    @                  || pfn - pfn % (1 << (order + coalesceCount)) + (1 << (order + coalesceCount)) <= p);
    @              freeOrd[p] == \old(freeOrd[p]));
    @*/
    /**
     * free's accepted case, carve's state in reverse: the allocated block (pfn, order) leaves A
     * and is held unowned (in neither F nor A), each free buddy of its order leaves F and joins
     * it (one merge), and the merged block (p, k) joins F last. Every step keeps the invariant's
     * groups whole; only the page counts wait for the last step. The merged block is tracked as
     * the interval [p, p + 2^k) holding pfn, so no quantifier divides by a symbolic size.
     */
    private void release(int pfn, int order) {
        readGroups();
        allocCountBounds(pfn);
        dropAllocStep(pfn);
        int p = pfn;
        int k = order;
        /*@ loop_invariant ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree()
        @                && usableCounted() && unowned(p, k) && endsBelow(p);
        @ loop_invariant order <= k && k < orderLimit && 0 <= p && p <= pfn && pfn < p + (1 << k);
        @ loop_invariant p % (1 << k) == 0 && p + (1 << k) <= spanPages;
        @ loop_invariant 0 <= freeCount && 0 <= usedCount && usablePages <= MAX_PAGES
        @                && freeCount + usedCount + (1 << k) == usablePages;
        @ loop_invariant freeCount == \old(freeCount) - ((1 << k) - (1 << order));
        @ loop_invariant (\forall int q; 0 <= q && q < spanPages && (q < p || p + (1 << k) <= q);
        @                   freeOrd[q] == \old(freeOrd[q]));
        @ assignable freeOrd[*], freeCount;
        @ decreases orderLimit - k;
        @*/
        while (k + 1 < orderLimit && buddyFree(p, k)) {
            sizeFacts(k);
            p = mergeStep(p, buddyOf(p, k), k);
            k++;
        }
        sizeFacts(k);
        if (p % (2 << k) == 0) {
            foldNoUpperMerge(p, k);
            addMergedLowerStep(p, k);
        } else {
            lowerBuddy(p, k);
            foldNoLowerMerge(p, k);
            addMergedUpperStep(p, k);
        }
        roundsTo(pfn, p, k);
        endFree(k - order);
    }

    /*@ private normal_behavior
    @   requires k + 1 == orderLimit || b + (1 << k) >= spanPages || freeOrd[b + (1 << k)] != k;
    @   assignable \strictly_nothing;
    @   ensures noUpperMerge(b, k);
    @*/
    /** Lemma for KeY: release's loop ended on a lower buddy, as the one fact addMergedLowerStep takes. */
    private /*@ helper @*/ void foldNoUpperMerge(int b, int k) {}

    /*@ private normal_behavior
    @   requires k + 1 == orderLimit || freeOrd[b - (1 << k)] != k;
    @   assignable \strictly_nothing;
    @   ensures noLowerMerge(b, k);
    @*/
    /** Lemma for KeY: release's loop ended on an upper buddy, as the one fact addMergedUpperStep takes. */
    private /*@ helper @*/ void foldNoLowerMerge(int b, int k) {}

    /*@ private normal_behavior
    @   requires freeOrd != null && freeOrd.length == spanPages && spanPages <= MAX_PAGES;
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= p && p % (1 << k) == 0 && p + (1 << k) <= spanPages;
    @   assignable \strictly_nothing;
    @   ensures \result == (p % (2 << k) == 0 ? p + (1 << k) < spanPages && freeOrd[p + (1 << k)] == k
    @                                        : freeOrd[p - (1 << k)] == k);
    @*/
    /** Whether the buddy of the block (p, k) is a free block of the same order (the merge test). */
    private /*@ helper @*/ boolean buddyFree(int p, int k) {
        int b = buddyOf(p, k);
        return b < spanPages && freeOrd[b] == k;
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && unowned(p, k) && endsBelow(p);
    @   requires 0 <= p && p % (1 << k) == 0 && p + (1 << k) <= spanPages;
    @   requires p % (2 << k) == 0 ? b == p + (1 << k) : b == p - (1 << k);
    @   requires 0 <= b && b < spanPages && freeOrd[b] == k;
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && freeCount == \old(freeCount) - (1 << k);
    @   ensures unowned(\result, (int) (k + 1)) && endsBelow(\result);
    @   ensures 0 <= \result && \result % (1 << (k + 1)) == 0 && \result + (1 << (k + 1)) <= spanPages;
    @   ensures \result <= p && p + (1 << k) <= \result + (2 << k)
    @           && \result <= b && b + (1 << k) <= \result + (2 << k);
    @*/
    /**
     * One merge of release's loop: the free buddy (b, k) of the unowned block (p, k) leaves F,
     * and the two join into the unowned block (min(p, b), k + 1), whose head it returns.
     */
    private /*@ helper @*/ int mergeStep(int p, int b, int k) {
        sizeFacts(k);
        freeCounted(b);
        dropFreeStep(b);
        if (p < b) {
            joinHalves(p, b, k);
            return p;
        }
        lowerBuddy(p, k);
        joinHalves(b, p, k);
        return b;
    }

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null && spanPages <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < MAX_ORDER_LIMIT && 0 <= lo && lo % (2 << k) == 0 && hi == lo + (1 << k);
    @   requires unowned(lo, k) && unowned(hi, k);
    @   assignable \strictly_nothing;
    @   ensures unowned(lo, (int) (k + 1));
    @   ensures lo % (1 << (k + 1)) == 0 && lo + (1 << (k + 1)) <= spanPages;
    @*/
    /** Lemma for KeY: two unowned buddies make an unowned block of twice the size (holeHalves in reverse). */
    private /*@ helper @*/ void joinHalves(int lo, int hi, int k) {
        sizeFacts(k);
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= p && p <= MAX_PAGES;
    @   requires p % (1 << k) == 0 && p % (2 << k) != 0;
    @   assignable \strictly_nothing;
    @   ensures (1 << k) <= p && (p - (1 << k)) % (2 << k) == 0;
    @*/
    /**
     * Lemma for KeY: a 2^k-aligned block that is not 2^(k+1)-aligned is an upper buddy: its lower
     * buddy lies 2^k below it and is 2^(k+1)-aligned.
     */
    private static /*@ helper @*/ void lowerBuddy(int p, int k) {
        /*@ assert k == 0 || k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7
        @     || k == 8 || k == 9 || k == 10 || k == 11 || k == 12 || k == 13 || k == 14 || k == 15
        @     || k == 16 || k == 17 || k == 18 || k == 19 || k == 20 || k == 21 || k == 22 || k == 23;
        @*/
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= b && b % (1 << k) == 0;
    @   requires b <= x && x < b + (1 << k) && x <= MAX_PAGES;
    @   assignable \strictly_nothing;
    @   ensures x - x % (1 << k) == b;
    @*/
    /**
     * Lemma for KeY: the 2^k-aligned block holding x starts at x rounded down to 2^k (both are
     * 2^k-aligned and within 2^k of x, so they are equal).
     */
    private static /*@ helper @*/ void roundsTo(int x, int b, int k) {
        sizeFacts(k);
        int r = roundDown(x, k);
        roundedDown(x, k);
        if (r < b) {
            alignedGap(r, b, k);
        }
        if (b < r) {
            alignedGap(b, r, k);
        }
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= x && x <= MAX_PAGES;
    @   assignable \strictly_nothing;
    @   ensures (x - x % (1 << k)) % (1 << k) == 0 && x < x - x % (1 << k) + (1 << k);
    @*/
    /** Lemma for KeY: x rounded down to 2^k is 2^k-aligned and within 2^k below x. */
    private static /*@ helper @*/ void roundedDown(int x, int k) {
        /*@ assert k == 0 || k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7
        @     || k == 8 || k == 9 || k == 10 || k == 11 || k == 12 || k == 13 || k == 14 || k == 15
        @     || k == 16 || k == 17 || k == 18 || k == 19 || k == 20 || k == 21 || k == 22 || k == 23;
        @*/
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && pageSums() && usableCounted();
    @   requires freeCount + usedCount == usablePages;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0;
    @   assignable \strictly_nothing;
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures freeOrd[h] == -1 && (1 << allocOrd[h]) <= usedCount;
    @*/
    /**
     * Lemma for KeY: the counters' bounds at the start of a free, and that the allocated block at
     * h heads no free block (countBounds for A).
     */
    private /*@ helper @*/ void allocCountBounds(int h) {
        sizeFacts(allocOrd[h]);
        sumAtLeast(freeOrd, spanPages, h);
        sumAtLeast(allocOrd, spanPages, h);
        countAtMost(usable, spanPages);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && pageSums();
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0;
    @   assignable \strictly_nothing;
    @   ensures allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @*/
    /** Lemma for KeY: a free block's pages are counted in freeCount, and it heads no allocated block. */
    private /*@ helper @*/ void freeCounted(int h) {
        sizeFacts(freeOrd[h]);
        sumAtLeast(freeOrd, spanPages, h);
    }

    /*@ private normal_behavior
    @   // I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0 && freeOrd[h] == -1 && (1 << allocOrd[h]) <= usedCount;
    @   requires pageSums();
    @   assignable allocOrd[h], usedCount;
    @   ensures ordersInRange() && pageSums();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures allocOrd[h] == -1 && usedCount == \old(usedCount) - (1 << \old(allocOrd[h]));
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0 && freeOrd[h] == -1 && (1 << allocOrd[h]) <= usedCount;
    @   requires pageSums();
    @   requires disjoint();
    @   assignable allocOrd[h], usedCount;
    @   ensures disjoint();
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0 && freeOrd[h] == -1 && (1 << allocOrd[h]) <= usedCount;
    @   requires pageSums();
    @   requires aligned();
    @   assignable allocOrd[h], usedCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept (it reads F only)
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0 && freeOrd[h] == -1 && (1 << allocOrd[h]) <= usedCount;
    @   requires pageSums();
    @   requires coalescedFree();
    @   assignable allocOrd[h], usedCount;
    @   ensures coalescedFree();
    @*/
    /**
     * The first step of a free: the allocated block at h leaves A and is held unowned while it
     * merges. One write, one invariant group per specification case, as dropFree is for F.
     */
    private /*@ helper @*/ void dropAlloc(int h) {
        sizeFacts(allocOrd[h]);
        setAlloc(h, -1);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0;
    @   requires ordersInRange() && disjoint() && aligned();
    @   assignable \strictly_nothing;
    @   ensures allocOrd[h] < orderLimit && h % (1 << allocOrd[h]) == 0 && h + (1 << allocOrd[h]) <= spanPages
    @           && freeOrd[h] < 0;
    @   ensures (\forall int q; h < q && q < h + (1 << allocOrd[h]); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int q; h <= q && q < h + (1 << allocOrd[h]); usable[q]);
    @*/
    /**
     * Lemma for KeY: the allocated block at h is aligned, lies on usable pages and holds no other
     * head (I1 and I2 read at h), before it leaves A (freeHole for A).
     */
    private /*@ helper @*/ void allocHole(int h) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0;
    @   requires ordersInRange() && disjoint();
    @   assignable \strictly_nothing;
    @   ensures endsBelow(h);
    @*/
    /** Lemma for KeY: every block below the allocated block at h ends at or before h (I1 read at h). */
    private /*@ helper @*/ void allocEndsBelow(int h) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && allocOrd[h] >= 0 && freeOrd[h] == -1 && (1 << allocOrd[h]) <= usedCount;
    @   assignable allocOrd[h], usedCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures usedCount == \old(usedCount) - (1 << \old(allocOrd[h])) && allocOrd[h] == -1;
    @   ensures h % (1 << \old(allocOrd[h])) == 0 && h + (1 << \old(allocOrd[h])) <= spanPages;
    @   ensures unowned(h, \old(allocOrd[h])) && endsBelow(h);
    @*/
    /**
     * dropAlloc with the invariant's groups as single facts, and the facts of the block it leaves
     * unowned (allocHole before the write, startHole after it), the form release passes on.
     */
    private /*@ helper @*/ void dropAllocStep(int h) {
        int j = allocOrd[h];
        allocHole(h);
        allocEndsBelow(h);
        dropAlloc(h);
        startHole(h, j);
    }

    /*@ private normal_behavior
    @   // I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && pageSums();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k);
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p; 0 <= p && p < b;
    @               (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @               && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable freeOrd[b], freeCount;
    @   ensures (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b <= q && q < b + (1 << k); usable[q]);
    @   requires aligned();
    @   assignable freeOrd[b], freeCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept: the upper buddy is no free block of order k
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires noUpperMerge(b, k);
    @   requires coalescedFree();
    @   assignable freeOrd[b], freeCount;
    @   ensures coalescedFree();
    @*/
    /**
     * The last step of a free when the merged block (b, k) is a lower buddy: it joins F, its
     * upper buddy not being free at order k (or k the top order). addFreeLower's cases with the
     * merge's I5 premise.
     */
    private /*@ helper @*/ void addMergedLower(int b, int k) {
        sizeFacts(k);
        lowerHalves(b, k);
        setFree(b, k);
    }

    /*@ private normal_behavior
    @   // I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && (1 << k) <= b && b % (1 << k) == 0 && b % (2 << k) != 0
    @            && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && pageSums();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k);
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && (1 << k) <= b && b % (1 << k) == 0 && b % (2 << k) != 0
    @            && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p; 0 <= p && p < b;
    @               (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @               && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable freeOrd[b], freeCount;
    @   ensures (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && (1 << k) <= b && b % (1 << k) == 0 && b % (2 << k) != 0
    @            && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b <= q && q < b + (1 << k); usable[q]);
    @   requires aligned();
    @   assignable freeOrd[b], freeCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept: the lower buddy is no free block of order k
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && (1 << k) <= b && b % (1 << k) == 0 && b % (2 << k) != 0
    @            && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires noLowerMerge(b, k);
    @   requires coalescedFree();
    @   assignable freeOrd[b], freeCount;
    @   ensures coalescedFree();
    @*/
    /**
     * The last step of a free when the merged block (b, k) is an upper buddy: it joins F, its
     * lower buddy not being free at order k (or k the top order).
     */
    private /*@ helper @*/ void addMergedUpper(int b, int k) {
        sizeFacts(k);
        setFree(b, k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires unowned(b, k) && endsBelow(b);
    @   requires noUpperMerge(b, k);
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k);
    @   ensures (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0);
    @*/
    /** addMergedLower with the invariant's groups as single facts, the form release passes on. */
    private /*@ helper @*/ void addMergedLowerStep(int b, int k) {
        unfoldDisjoint();
        readUnowned(b, k);
        addMergedLower(b, k);
        foldDisjoint();
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && (1 << k) <= b && b % (2 << k) != 0 && b + (1 << k) <= spanPages;
    @   requires unowned(b, k) && endsBelow(b);
    @   requires noLowerMerge(b, k);
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k);
    @   ensures (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0);
    @*/
    /** addMergedUpper with the invariant's groups as single facts, the form release passes on. */
    private /*@ helper @*/ void addMergedUpperStep(int b, int k) {
        unfoldDisjoint();
        readUnowned(b, k);
        addMergedUpper(b, k);
        foldDisjoint();
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree() && usableCounted();
    @   requires freeCount + usedCount == usablePages && coalesces >= 0;
    @   assignable splitCount, coalesceCount;
    @   ensures splitCount == 0 && coalesceCount == coalesces;
    @   ensures \invariant_for(this);
    @*/
    /**
     * Records a free's statistics (no split, the merges) and folds the class invariant's groups
     * back into \invariant_for(this): the last step of release, as endSplit is of a split.
     */
    private /*@ helper @*/ void endFree(int coalesces) {
        splitCount = 0;
        coalesceCount = coalesces;
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= p && p <= MAX_PAGES && p % (1 << k) == 0;
    @   assignable \strictly_nothing;
    @   ensures p % (2 << k) == 0 ==> \result == p + (1 << k);
    @   ensures p % (2 << k) != 0 ==> \result == p - (1 << k);
    @   ensures \result >= 0;
    @*/
    /** The buddy of the block (p, k): p ^ 2^k, written without bit tricks for the prover. */
    private static /*@ helper @*/ int buddyOf(int p, int k) {
        sizeFacts(k);
        return p % (2 << k) == 0 ? p + (1 << k) : p - (1 << k);
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT;
    @   assignable \strictly_nothing;
    @   ensures 1 <= (1 << k) && (1 << k) <= MAX_PAGES / 2 && (2 << k) == 2 * (1 << k);
    @   ensures (1 << (k + 1)) == (2 << k);
    @*/
    /**
     * Lemma for KeY: the size facts of an order (KeY's pow is opaque to its automatic arithmetic).
     * The assertion makes KeY split on the 24 possible orders, where pow is evaluated on literals.
     */
    private static /*@ helper @*/ void sizeFacts(int k) {
        /*@ assert k == 0 || k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7
        @     || k == 8 || k == 9 || k == 10 || k == 11 || k == 12 || k == 13 || k == 14 || k == 15
        @     || k == 16 || k == 17 || k == 18 || k == 19 || k == 20 || k == 21 || k == 22 || k == 23;
        @*/
    }

    /*@ public normal_behavior
    @   ensures \result == splitCount;
    @*/
    /** Splits done by the last accepted alloc; 0 if the last accepted mutation was not an alloc. */
    public /*@ pure @*/ int lastSplits() {
        return splitCount;
    }

    /*@ public normal_behavior
    @   ensures \result == coalesceCount;
    @*/
    /** Coalesces done by the last accepted free; 0 if the last accepted mutation was not a free. */
    public /*@ pure @*/ int lastCoalesces() {
        return coalesceCount;
    }

    /*@ public normal_behavior
    @   ensures \result == orderLimit;
    @*/
    public /*@ pure @*/ int maxOrder() {
        return orderLimit;
    }

    /*@ public normal_behavior
    @   ensures \result == spanPages;
    @*/
    public /*@ pure @*/ int span() {
        return spanPages;
    }

    /*@ public normal_behavior
    @   ensures \result == usablePages;
    @*/
    public /*@ pure @*/ int totalPages() {
        return usablePages;
    }

    /*@ public normal_behavior
    @   ensures \result == freeCount;
    @*/
    public /*@ pure @*/ int freePages() {
        return freeCount;
    }

    /*@ public normal_behavior
    @   ensures \result == usedCount;
    @*/
    public /*@ pure @*/ int usedPages() {
        return usedCount;
    }

    /*@ public normal_behavior
    @   ensures \result == (\num_of int p; 0 <= p && p < spanPages; freeOrd[p] == order && order >= 0);
    @*/
    /** Number of free blocks of that order; 0 for an order outside [0, maxOrder). */
    public /*@ pure @*/ int freeBlocks(int order) {
        int n = 0;
        /*@ loop_invariant 0 <= i && i <= spanPages && spanPages <= MAX_PAGES && 0 <= n && n <= i;
        @ loop_invariant n == (\num_of int p; 0 <= p && p < i; freeOrd[p] == order && order >= 0);
        @ assignable \strictly_nothing;
        @ decreases spanPages - i;
        @*/
        for (int i = 0; i < spanPages; i++) {
            if (freeOrd[i] == order && order >= 0) {
                n++;
            }
        }
        return n;
    }

    /*@ public normal_behavior
    @   ensures \result == (0 <= pfn && pfn < spanPages && usable[pfn]);
    @*/
    public /*@ pure @*/ boolean isUsable(int pfn) {
        return pfn >= 0 && pfn < spanPages && usable[pfn];
    }

    /*@ public normal_behavior
    @   ensures \result == (0 <= pfn && pfn < spanPages ? allocOrd[pfn] : -1);
    @*/
    /** Order of the allocated block that starts at pfn, or -1. */
    public /*@ pure @*/ int allocatedOrderAt(int pfn) {
        return pfn >= 0 && pfn < spanPages ? allocOrd[pfn] : -1;
    }

    /*@ public normal_behavior
    @   ensures \result == (0 <= pfn && pfn < spanPages ? freeOrd[pfn] : -1);
    @*/
    /** Order of the free block that starts at pfn, or -1. */
    public /*@ pure @*/ int freeOrderAt(int pfn) {
        return pfn >= 0 && pfn < spanPages ? freeOrd[pfn] : -1;
    }

    /*@ public normal_behavior
    @   ensures -1 <= \result && \result < orderLimit;
    @   ensures (\forall int p; 0 <= p && p < spanPages; freeOrd[p] <= \result);
    @   ensures \result >= 0 ==> (\exists int p; 0 <= p && p < spanPages; freeOrd[p] == \result);
    @*/
    /**
     * The largest order with a free block, or -1 if nothing is free: the orders are searched
     * downwards with {@link #lowestFree}, whose answer is the witness of the largest order.
     */
    public /*@ pure @*/ int largestFreeOrder() {
        int k = orderLimit - 1;
        int at = -1;
        /*@ loop_invariant -1 <= k && k < orderLimit && -1 <= at && at < spanPages;
        @ loop_invariant (\forall int p; 0 <= p && p < spanPages; freeOrd[p] <= k);
        @ loop_invariant at >= 0 ==> k >= 0 && freeOrd[at] == k;
        @ assignable \strictly_nothing;
        @ decreases k + 1 + (at < 0 ? 1 : 0);
        @*/
        while (at < 0 && k >= 0) {
            at = lowestFree(k);
            if (at < 0) {
                k--;
            }
        }
        return k;
    }

    /*@ public normal_behavior
    @   ensures \result;
    @*/
    /**
     * Runtime mirror of I1..I5 in three passes, each a helper whose contract states the conjuncts
     * it checks: per page the shape bounds, one head per page (I1), the alignment and extent of the
     * blocks it heads (I2) and the buddy of a free one (I5); then no head inside a block and its
     * pages usable (I1, I2); then the usable count and the page sums against the counters (I3,
     * I4). With I1 and I2 checked, I3 also says that every usable page lies in a block. Each pass
     * stops at its first failure and runs only if the passes before it passed, so it indexes
     * safely and costs O(span).
     */
    public /*@ pure @*/ boolean checkInvariants() {
        return blocksPlaced() && blocksClear() && countsMatch() && splitCount >= 0 && coalesceCount >= 0;
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && spanPages <= MAX_PAGES;
    @   requires freeOrd != null && allocOrd != null && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages;
    @   requires (\forall int p; 0 <= p && p < spanPages;
    @               -1 <= freeOrd[p] && freeOrd[p] < orderLimit
    @               && -1 <= allocOrd[p] && allocOrd[p] < orderLimit);
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0;
    @               p % (1 << freeOrd[p]) == 0 && p + (1 << freeOrd[p]) <= spanPages);
    @   requires (\forall int p; 0 <= p && p < spanPages && allocOrd[p] >= 0;
    @               p % (1 << allocOrd[p]) == 0 && p + (1 << allocOrd[p]) <= spanPages);
    @   requires (\forall int p; 0 <= p && p < spanPages && freeOrd[p] >= 0
    @               && freeOrd[p] + 1 < orderLimit && p % (2 << freeOrd[p]) == 0
    @               && p + (1 << freeOrd[p]) < spanPages;
    @               freeOrd[p + (1 << freeOrd[p])] != freeOrd[p]);
    @   assignable \strictly_nothing;
    @   ensures \result;
    @*/
    /**
     * Whether every page's orders are in [-1, maxOrder) and it heads at most one block (shape,
     * I1), each block it heads is aligned to its size and ends in the span (I2), and a free lower
     * buddy below the top order does not have its upper buddy free with its order (I5).
     */
    private /*@ helper @*/ boolean blocksPlaced() {
        boolean ok = true;
        /*@ loop_invariant 0 <= i && i <= spanPages && ok;
        @ assignable \strictly_nothing;
        @ decreases spanPages - i;
        @*/
        for (int i = 0; ok && i < spanPages; i++) {
            int f = freeOrd[i];
            int a = allocOrd[i];
            ok = -1 <= f && f < orderLimit && -1 <= a && a < orderLimit && (f < 0 || a < 0);
            if (ok && f >= 0) {
                sizeFacts(f);
                ok = i % (1 << f) == 0
                        && (1 << f) <= spanPages - i
                        && (f + 1 >= orderLimit
                                || i % (2 << f) != 0
                                || (1 << f) >= spanPages - i
                                || freeOrd[i + (1 << f)] != f);
            }
            if (ok && a >= 0) {
                sizeFacts(a);
                ok = i % (1 << a) == 0 && (1 << a) <= spanPages - i;
            }
        }
        return ok;
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null && usable.length == spanPages
    @            && freeOrd.length == spanPages && allocOrd.length == spanPages;
    @   requires (\forall int p; 0 <= p && p < spanPages;
    @               -1 <= freeOrd[p] && freeOrd[p] < orderLimit
    @               && -1 <= allocOrd[p] && allocOrd[p] < orderLimit);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p <= q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]); usable[q]);
    @   requires (\forall int p, q; 0 <= p && p <= q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]); usable[q]);
    @   assignable \strictly_nothing;
    @   ensures \result;
    @*/
    /**
     * Whether no block holds another head and all its pages are usable (I1, I2). A block that
     * passes holds no head, so the next block walked starts after it: O(span) in all.
     */
    private /*@ helper @*/ boolean blocksClear() {
        boolean ok = true;
        /*@ loop_invariant 0 <= i && i <= spanPages && ok;
        @ assignable \strictly_nothing;
        @ decreases spanPages - i;
        @*/
        for (int i = 0; ok && i < spanPages; i++) {
            int f = freeOrd[i];
            int a = allocOrd[i];
            if (f >= 0) {
                sizeFacts(f);
                ok = blockClear(freeOrd, allocOrd, usable, spanPages, i, 1 << f);
            }
            if (ok && a >= 0) {
                sizeFacts(a);
                ok = blockClear(freeOrd, allocOrd, usable, spanPages, i, 1 << a);
            }
        }
        return ok;
    }

    /*@ private normal_behavior
    @   requires free != null && alloc != null && usable != null;
    @   requires free.length == n && alloc.length == n && usable.length == n && 0 <= head;
    @   requires (\forall int q; head < q && q < n && q < head + size; free[q] < 0 && alloc[q] < 0);
    @   requires (\forall int q; head <= q && q < n && q < head + size; usable[q]);
    @   assignable \strictly_nothing;
    @   ensures \result;
    @*/
    /** Whether the pages of the block (head, size) within the span are usable and, but for head, head no block. */
    private static /*@ helper @*/ boolean blockClear(
            int[] free, int[] alloc, boolean[] usable, int n, int head, int size) {
        int q = head;
        /*@ loop_invariant head <= q && (q - head <= size || q == head) && (q <= n || q == head);
        @ assignable \strictly_nothing;
        @ decreases n - q;
        @*/
        while (q < n && q - head < size && usable[q] && (q == head || (free[q] < 0 && alloc[q] < 0))) {
            q++;
        }
        return q >= n || q - head >= size;
    }

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null && usable.length == spanPages
    @            && freeOrd.length == spanPages && allocOrd.length == spanPages && spanPages <= MAX_PAGES;
    @   requires orderLimit <= MAX_ORDER_LIMIT;
    @   requires (\forall int p; 0 <= p && p < spanPages;
    @               -1 <= freeOrd[p] && freeOrd[p] < orderLimit
    @               && -1 <= allocOrd[p] && allocOrd[p] < orderLimit);
    @   requires usablePages == (\num_of int p; 0 <= p && p < spanPages; usable[p]);
    @   requires freeCount == (\sum int p; 0 <= p && p < spanPages;
    @                           freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0);
    @   requires usedCount == (\sum int p; 0 <= p && p < spanPages;
    @                           allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
    @   requires freeCount + usedCount == usablePages;
    @   assignable \strictly_nothing;
    @   ensures \result;
    @*/
    /**
     * Whether the usable pages number usablePages, the counters are the page sums of F and of A,
     * and those sums add up to usablePages (I3, I4). The sums are longs: each page adds at most
     * 2^23, so neither can overflow whatever the arrays hold.
     */
    private /*@ helper @*/ boolean countsMatch() {
        int seen = 0;
        long free = 0;
        long used = 0;
        /*@ loop_invariant 0 <= i && i <= spanPages;
        @ loop_invariant 0 <= seen && seen <= i && seen == (\num_of int p; 0 <= p && p < i; usable[p]);
        @ loop_invariant 0 <= free && free <= i * 8388608L
        @                && free == (\sum int p; 0 <= p && p < i; freeOrd[p] >= 0 ? (1 << freeOrd[p]) : 0);
        @ loop_invariant 0 <= used && used <= i * 8388608L
        @                && used == (\sum int p; 0 <= p && p < i; allocOrd[p] >= 0 ? (1 << allocOrd[p]) : 0);
        @ assignable \strictly_nothing;
        @ decreases spanPages - i;
        @*/
        for (int i = 0; i < spanPages; i++) {
            int f = freeOrd[i];
            int a = allocOrd[i];
            if (usable[i]) {
                seen++;
            }
            if (f >= 0) {
                sizeFacts(f);
                free = free + (1 << f);
            }
            if (a >= 0) {
                sizeFacts(a);
                used = used + (1 << a);
            }
        }
        return seen == usablePages && free == freeCount && used == usedCount && free + used == usablePages;
    }

    // Issue #8: constrained allocation, the live-block walk, the capacity and watermark tests and
    // Linux's fragmentation measures, on the same state and under the same invariants.

    /*@ public normal_behavior
    @   requires order < 0 || order >= orderLimit;
    @   assignable \nothing;
    @   ensures \result == ERR_ALLOCATION_TOO_LARGE;
    @ also public normal_behavior
    @   requires 0 <= order && order < orderLimit && (align < 0 || align >= orderLimit);
    @   assignable \nothing;
    @   ensures \result == ERR_INVALID_ORDER;
    @ also public normal_behavior
    @   requires 0 <= order && order < orderLimit && 0 <= align && align < orderLimit;
    @   requires lo < 0 || hi < lo || hi > spanPages;
    @   assignable \nothing;
    @   ensures \result == ERR_ADDRESS_OUT_OF_RANGE;
    @ also public normal_behavior
    @   requires 0 <= order && order < orderLimit && 0 <= align && align < orderLimit;
    @   requires 0 <= lo && lo <= hi && hi <= spanPages;
    @   assignable freeOrd[*], allocOrd[*], freeCount, usedCount, splitCount, coalesceCount;
    @   ensures \result == ERR_OUT_OF_MEMORY || (0 <= \result && \result < spanPages);
    @   // Refused: nothing changes.
    @   ensures \result == ERR_OUT_OF_MEMORY ==> freeCount == \old(freeCount)
    @              && (\forall int p; 0 <= p && p < spanPages;
    @                    freeOrd[p] == \old(freeOrd[p]) && allocOrd[p] == \old(allocOrd[p]));
    @   // Accepted: (result, order) is a new allocated block inside the window, aligned to
    @   // 2^align as well as to its size, carved out of one free block.
    @   ensures \result >= 0 ==> lo <= \result && \result + (1 << order) <= hi
    @              && \result % (1 << order) == 0 && \result % (1 << align) == 0
    @              && allocOrd[\result] == order && \old(allocOrd[\result]) == -1
    @              && freeCount == \old(freeCount) - (1 << order)
    @              && usedCount == \old(usedCount) + (1 << order)
    @              && coalesceCount == 0;
    @   ensures \result >= 0 ==> (\forall int p; 0 <= p && p < spanPages && p != \result;
    @              allocOrd[p] == \old(allocOrd[p]));
    @*/
    /**
     * Allocates a block of 2^order pages aligned to 2^align pages inside the window [lo, hi):
     * with e = max(order, align), the smallest order j >= e whose lowest free block at or after
     * the window's first 2^e-aligned page (rounded down to 2^j) fits, and in it the lowest such
     * page p; the block is then carved down to (p, order). Free blocks below order e are not
     * searched, so that each order costs one find-next in the production allocator.
     *
     * @return the relative pfn, ERR_ALLOCATION_TOO_LARGE, ERR_INVALID_ORDER (align),
     *     ERR_ADDRESS_OUT_OF_RANGE (window outside [0, span]) or ERR_OUT_OF_MEMORY
     */
    public int allocConstrained(int order, int align, int lo, int hi) {
        if (order < 0 || order >= orderLimit) {
            return ERR_ALLOCATION_TOO_LARGE;
        }
        if (align < 0 || align >= orderLimit) {
            return ERR_INVALID_ORDER;
        }
        if (lo < 0 || hi < lo || hi > spanPages) {
            return ERR_ADDRESS_OUT_OF_RANGE;
        }
        readShape();
        int e = larger(order, align);
        sizeFacts(e);
        sizeFacts(order);
        sizeFacts(align);
        int first = roundUp(lo, e);
        int q = windowBlock(e, first, order, hi);
        if (q < 0) {
            return ERR_OUT_OF_MEMORY;
        }
        int j = freeOrd[q];
        sizeFacts(j);
        freeAligned(q);
        int p = candidate(q, j, first, e);
        alignDown(p, order, e);
        alignDown(p, align, e);
        insideFree(q, p);
        carve(q, j, p, order);
        return p;
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= x && x <= 2 * MAX_PAGES;
    @   assignable \strictly_nothing;
    @   ensures \result == x - x % (1 << k) && 0 <= \result && \result <= x;
    @*/
    /** The last page at or before x aligned to 2^k. */
    private static /*@ helper @*/ int roundDown(int x, int k) {
        sizeFacts(k);
        /*@ assert k == 0 || k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7
        @     || k == 8 || k == 9 || k == 10 || k == 11 || k == 12 || k == 13 || k == 14 || k == 15
        @     || k == 16 || k == 17 || k == 18 || k == 19 || k == 20 || k == 21 || k == 22 || k == 23;
        @*/
        return x - x % (1 << k);
    }

    /*@ private normal_behavior
    @   requires 0 <= e && e < MAX_ORDER_LIMIT && 0 <= x && x <= MAX_PAGES;
    @   assignable \strictly_nothing;
    @   ensures \result % (1 << e) == 0 && x <= \result && \result < x + (1 << e)
    @           && \result <= MAX_PAGES + (1 << e);
    @*/
    /** The first page at or after x aligned to 2^e. */
    private static /*@ helper @*/ int roundUp(int x, int e) {
        sizeFacts(e);
        /*@ assert e == 0 || e == 1 || e == 2 || e == 3 || e == 4 || e == 5 || e == 6 || e == 7
        @     || e == 8 || e == 9 || e == 10 || e == 11 || e == 12 || e == 13 || e == 14 || e == 15
        @     || e == 16 || e == 17 || e == 18 || e == 19 || e == 20 || e == 21 || e == 22 || e == 23;
        @*/
        return x % (1 << e) == 0 ? x : x - x % (1 << e) + (1 << e);
    }

    /*@ private normal_behavior
    @   requires 0 <= a && a <= b && b < MAX_ORDER_LIMIT && 0 <= x && x <= 2 * MAX_PAGES;
    @   requires x % (1 << b) == 0;
    @   measured_by b - a;
    @   assignable \strictly_nothing;
    @   ensures x % (1 << a) == 0 && (1 << a) <= (1 << b);
    @*/
    /** Lemma for KeY: what is aligned to 2^b is aligned to every smaller power of two (induction on b - a). */
    private static /*@ helper @*/ void alignDown(int x, int a, int b) {
        if (b > a) {
            sizeFacts(b - 1);
            halves(x, b - 1);
            alignDown(x, a, b - 1);
        }
    }

    /*@ private normal_behavior
    @   requires 0 <= e && e < MAX_ORDER_LIMIT && 0 <= x && x < y && y <= 2 * MAX_PAGES;
    @   requires x % (1 << e) == 0 && y % (1 << e) == 0;
    @   assignable \strictly_nothing;
    @   ensures x + (1 << e) <= y;
    @*/
    /** Lemma for KeY: two different 2^e-aligned numbers are at least 2^e apart. */
    private static /*@ helper @*/ void alignedGap(int x, int y, int e) {
        /*@ assert e == 0 || e == 1 || e == 2 || e == 3 || e == 4 || e == 5 || e == 6 || e == 7
        @     || e == 8 || e == 9 || e == 10 || e == 11 || e == 12 || e == 13 || e == 14 || e == 15
        @     || e == 16 || e == 17 || e == 18 || e == 19 || e == 20 || e == 21 || e == 22 || e == 23;
        @*/
    }

    /*@ private normal_behavior
    @   requires \invariant_for(this);
    @   assignable \strictly_nothing;
    @   ensures 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   ensures usable != null && freeOrd != null && allocOrd != null && freeOrd != allocOrd;
    @   ensures usable.length == spanPages && freeOrd.length == spanPages && allocOrd.length == spanPages;
    @   ensures (\forall int p; 0 <= p && p < spanPages;
    @              -1 <= freeOrd[p] && freeOrd[p] < orderLimit
    @              && -1 <= allocOrd[p] && allocOrd[p] < orderLimit);
    @*/
    /**
     * Lemma for KeY: the invariant's bounds, read off it once, so that a proof which keeps the
     * invariant folded (its quantified conjuncts never expanded) still has them.
     */
    private /*@ helper @*/ void readShape() {}

    /*@ private normal_behavior
    @   requires \invariant_for(this);
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0;
    @   assignable \strictly_nothing;
    @   ensures h % (1 << freeOrd[h]) == 0;
    @*/
    /** Lemma for KeY: a free block's head is aligned to its size (I2 read at h). */
    private /*@ helper @*/ void freeAligned(int h) {}

    /*@ private normal_behavior
    @   requires 0 <= spanPages && freeOrd != null && allocOrd != null
    @            && freeOrd.length == spanPages && allocOrd.length == spanPages;
    @   requires (\forall int p; 0 <= p && p < spanPages;
    @               -1 <= freeOrd[p] && freeOrd[p] < orderLimit
    @               && -1 <= allocOrd[p] && allocOrd[p] < orderLimit);
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires 0 <= q && q <= p && p < spanPages && freeOrd[q] >= 0 && p < q + (1 << freeOrd[q]);
    @   assignable \strictly_nothing;
    @   ensures allocOrd[p] == -1;
    @*/
    /** Lemma for KeY: a page of a free block heads no allocated block (I1 read at the pair q, p). */
    private /*@ helper @*/ void pageOfFreeBlock(int q, int p) {}

    /*@ private normal_behavior
    @   requires \invariant_for(this);
    @   requires 0 <= q && q <= p && p < spanPages && freeOrd[q] >= 0 && p < q + (1 << freeOrd[q]);
    @   assignable \strictly_nothing;
    @   ensures allocOrd[p] == -1;
    @*/
    /** The lemma pageOfFreeBlock for a caller that holds the whole invariant. */
    private /*@ helper @*/ void insideFree(int q, int p) {
        pageOfFreeBlock(q, p);
    }

    /*@ private normal_behavior
    @   requires freeOrd != null && freeOrd.length == spanPages && spanPages <= MAX_PAGES
    @            && orderLimit <= MAX_ORDER_LIMIT;
    @   requires 0 <= order && order <= e && e < orderLimit && 0 <= first && first <= MAX_PAGES + (1 << e);
    @   assignable \strictly_nothing;
    @   ensures -1 <= \result && \result < spanPages;
    @   ensures \result >= 0 ==> e <= freeOrd[\result] && freeOrd[\result] < orderLimit
    @              && freeOrd[\result] < MAX_ORDER_LIMIT
    @              && first - first % (1 << freeOrd[\result]) <= \result
    @              && (\result > first ? \result : first) + (1 << order) <= hi;
    @*/
    /**
     * The free block a constrained allocation carves: for the smallest order j >= e, the lowest
     * free block of order j at or after {@code first} rounded down to 2^j, if the later of its
     * head and {@code first} leaves room for 2^order pages below {@code hi}; -1 if no order has one.
     */
    private /*@ helper @*/ int windowBlock(int e, int first, int order, int hi) {
        sizeFacts(e);
        sizeFacts(order);
        int j = e;
        int q = -1;
        /*@ loop_invariant e <= j && j <= orderLimit && -1 <= q && q < spanPages;
        @ loop_invariant q >= 0 ==> j < orderLimit && freeOrd[q] == j && first - first % (1 << j) <= q
        @                && (q > first ? q : first) + (1 << order) <= hi;
        @ assignable \strictly_nothing;
        @ decreases orderLimit - j + (q < 0 ? 1 : 0);
        @*/
        while (q < 0 && j < orderLimit) {
            sizeFacts(j);
            int head = lowestFreeFrom(j, roundDown(first, j));
            if (head >= 0 && (head > first ? head : first) + (1 << order) <= hi) {
                q = head;
            } else {
                j++;
            }
        }
        return q;
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= h && h <= MAX_PAGES && h % (1 << k) == 0;
    @   assignable \strictly_nothing;
    @   ensures (h + (1 << k)) % (1 << k) == 0;
    @*/
    /** Lemma for KeY: the block after a 2^k-aligned block of 2^k pages starts 2^k-aligned. */
    private static /*@ helper @*/ void nextAligned(int h, int k) {
        /*@ assert k == 0 || k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7
        @     || k == 8 || k == 9 || k == 10 || k == 11 || k == 12 || k == 13 || k == 14 || k == 15
        @     || k == 16 || k == 17 || k == 18 || k == 19 || k == 20 || k == 21 || k == 22 || k == 23;
        @*/
    }

    /*@ private normal_behavior
    @   requires 0 <= e && e <= j && j < MAX_ORDER_LIMIT && 0 <= head && head <= MAX_PAGES
    @            && 0 <= first && first <= MAX_PAGES + (1 << e);
    @   requires head % (1 << j) == 0 && first % (1 << e) == 0 && first - first % (1 << j) <= head;
    @   assignable \strictly_nothing;
    @   ensures \result == (head > first ? head : first);
    @   ensures \result % (1 << e) == 0 && \result + (1 << e) <= head + (1 << j);
    @*/
    /**
     * The candidate page of a constrained allocation: the later of the free block's head (aligned
     * to 2^j) and the window's first 2^e-aligned page. Its contract is a lemma for KeY: the page is
     * 2^e-aligned and leaves room for 2^e pages in the block, when the block was searched from
     * first rounded down to 2^j.
     */
    private static /*@ helper @*/ int candidate(int head, int j, int first, int e) {
        sizeFacts(j);
        sizeFacts(e);
        alignDown(head, e, j);
        if (head <= first) {
            nextAligned(head, j);
            alignDown(head + (1 << j), e, j);
            alignedGap(first, head + (1 << j), e);
        }
        return head > first ? head : first;
    }

    /*@ private normal_behavior
    @   requires true;
    @   assignable \strictly_nothing;
    @   ensures \result >= a && \result >= b && (\result == a || \result == b);
    @*/
    /**
     * The larger of two orders. A method of its own so that KeY names the result instead of
     * carrying the conditional into every size and alignment term built on it.
     */
    private static /*@ helper @*/ int larger(int a, int b) {
        return a > b ? a : b;
    }

    /*@ private normal_behavior
    @   requires freeOrd != null && freeOrd.length == spanPages && 0 <= from;
    @   assignable \strictly_nothing;
    @   ensures -1 <= \result && \result < spanPages;
    @   ensures \result >= 0 ==> \result >= from && freeOrd[\result] == k;
    @   ensures (\forall int p; from <= p && p < spanPages && (\result < 0 || p < \result);
    @              freeOrd[p] != k);
    @*/
    /** The lowest page at or after {@code from} heading a free block of order k, or -1. */
    private /*@ helper @*/ int lowestFreeFrom(int k, int from) {
        int r = from;
        /*@ loop_invariant from <= r && (r <= spanPages || r == from);
        @ loop_invariant (\forall int q; from <= q && q < r && q < spanPages; freeOrd[q] != k);
        @ assignable \strictly_nothing;
        @ decreases spanPages - r;
        @*/
        while (r < spanPages && freeOrd[r] != k) {
            r++;
        }
        return r < spanPages ? r : -1;
    }

    /*@ private normal_behavior
    @   // I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires pageSums();
    @   assignable freeOrd[h], freeCount;
    @   ensures ordersInRange() && pageSums();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures freeOrd[h] == -1 && freeCount == \old(freeCount) - (1 << \old(freeOrd[h]));
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires pageSums();
    @   requires disjoint();
    @   assignable freeOrd[h], freeCount;
    @   ensures disjoint();
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires pageSums();
    @   requires aligned();
    @   assignable freeOrd[h], freeCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   requires pageSums();
    @   requires coalescedFree();
    @   assignable freeOrd[h], freeCount;
    @   ensures coalescedFree();
    @*/
    /**
     * The first step of a constrained split: the free block at h leaves F and becomes the block
     * being carved, owned by neither F nor A. One write, one invariant group per specification
     * case, as take.
     */
    private /*@ helper @*/ void dropFree(int h) {
        sizeFacts(freeOrd[h]);
        setFree(h, -1);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0;
    @   requires ordersInRange() && disjoint() && aligned();
    @   assignable \strictly_nothing;
    @   ensures freeOrd[h] < orderLimit && h % (1 << freeOrd[h]) == 0 && h + (1 << freeOrd[h]) <= spanPages
    @           && allocOrd[h] < 0;
    @   ensures (\forall int q; h < q && q < h + (1 << freeOrd[h]); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int q; h <= q && q < h + (1 << freeOrd[h]); usable[q]);
    @*/
    /**
     * Lemma for KeY: the free block at h is aligned, lies on usable pages and holds no other head
     * (I1 and I2 read at h), before it leaves F.
     */
    private /*@ helper @*/ void freeHole(int h) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0;
    @   requires ordersInRange() && disjoint();
    @   assignable \strictly_nothing;
    @   ensures endsBelow(h);
    @*/
    /** Lemma for KeY: every block below the free block at h ends at or before h (I1 read at h). */
    private /*@ helper @*/ void freeBelow(int h) {}

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null && 0 <= j && j < MAX_ORDER_LIMIT;
    @   requires 0 <= h && h % (1 << j) == 0 && h + (1 << j) <= spanPages;
    @   requires freeOrd[h] < 0 && allocOrd[h] < 0;
    @   requires (\forall int q; h <= q && q < h + (1 << j); usable[q]);
    @   requires (\forall int q; h < q && q < h + (1 << j); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable \strictly_nothing;
    @   ensures unowned(h, j);
    @*/
    /** Lemma for KeY: the block that left F is unowned. */
    private /*@ helper @*/ void startHole(int h, int j) {}

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   requires 0 <= h && h < spanPages && freeOrd[h] >= 0 && allocOrd[h] == -1 && (1 << freeOrd[h]) <= freeCount;
    @   assignable freeOrd[h], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount <= MAX_PAGES;
    @   ensures freeCount == \old(freeCount) - (1 << \old(freeOrd[h]));
    @   ensures h % (1 << \old(freeOrd[h])) == 0 && h + (1 << \old(freeOrd[h])) <= spanPages;
    @   ensures unowned(h, \old(freeOrd[h])) && endsBelow(h);
    @*/
    /**
     * dropFree with the invariant's groups as single facts, and the facts of the block it leaves
     * unowned (freeHole before the write, startHole after it), the form carve passes on.
     */
    private /*@ helper @*/ void dropFreeStep(int h) {
        int j = freeOrd[h];
        freeHole(h);
        freeBelow(h);
        dropFree(h);
        startHole(h, j);
    }

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null && spanPages <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < MAX_ORDER_LIMIT && unowned(b, (int) (k + 1));
    @   assignable \strictly_nothing;
    @   ensures unowned(b, k) && unowned((int) (b + (1 << k)), k) && freeOrd[b + (1 << k)] < 0;
    @   ensures 0 <= b && b % (2 << k) == 0 && b + (2 << k) <= spanPages;
    @   ensures b % (1 << k) == 0 && (b + (1 << k)) % (1 << k) == 0;
    @*/
    /** Lemma for KeY: both halves of an unowned block are unowned. */
    private /*@ helper @*/ void holeHalves(int b, int k) {
        sizeFacts(k);
        halves(b, k);
    }

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null && spanPages <= MAX_PAGES;
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && b % (2 << k) == 0;
    @   requires unowned(b, k) && unowned((int) (b + (1 << k)), k);
    @   assignable \strictly_nothing;
    @   ensures upperHalf((int) (b + (1 << k)), k);
    @*/
    /**
     * Lemma for KeY: the upper half of an unowned block has the local facts addFree needs (its
     * lower buddy is unowned, so not free at order k).
     */
    private /*@ helper @*/ void upperOfHole(int b, int k) {
        sizeFacts(k);
        halves(b, k);
    }

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && unowned(b, k) && endsBelow(b);
    @   assignable \strictly_nothing;
    @   ensures endsBelow((int) (b + (1 << k)));
    @*/
    /** Lemma for KeY: every block below an unowned block's end ends at or before its start. */
    private /*@ helper @*/ void belowHole(int b, int k) {
        sizeFacts(k);
    }

    /*@ private normal_behavior
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && unowned(b, k) && endsBelow(b);
    @   assignable \strictly_nothing;
    @   ensures 0 <= b && b % (1 << k) == 0 && b + (1 << k) <= spanPages && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   ensures (\forall int q; b <= q && q < b + (1 << k); usable[q]);
    @   ensures (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p; 0 <= p && p < b;
    @              (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @              && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @*/
    /** Lemma for KeY: an unowned block's facts spelled out, as addFreeLower and addAlloc state them. */
    private /*@ helper @*/ void readUnowned(int b, int k) {
        sizeFacts(k);
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k < MAX_ORDER_LIMIT && 0 <= b && b <= MAX_PAGES && b % (2 << k) == 0;
    @   assignable \strictly_nothing;
    @   ensures b % (1 << k) == 0 && (b < (1 << k) || (b - (1 << k)) % (2 << k) != 0);
    @*/
    /**
     * Lemma for KeY: a 2^(k+1)-aligned block is 2^k-aligned, and the 2^k pages below it are no
     * lower buddy at order k (so the block can join F without a free buddy below it).
     */
    private static /*@ helper @*/ void lowerHalves(int b, int k) {
        /*@ assert k == 0 || k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7
        @     || k == 8 || k == 9 || k == 10 || k == 11 || k == 12 || k == 13 || k == 14 || k == 15
        @     || k == 16 || k == 17 || k == 18 || k == 19 || k == 20 || k == 21 || k == 22 || k == 23;
        @*/
    }

    /*@ private normal_behavior
    @   // I4 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (2 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && pageSums();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k);
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (2 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p; 0 <= p && p < b;
    @               (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @               && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable freeOrd[b], freeCount;
    @   ensures (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (2 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b <= q && q < b + (1 << k); usable[q]);
    @   requires aligned();
    @   assignable freeOrd[b], freeCount;
    @   ensures aligned();
    @ also private normal_behavior
    @   // I5 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (2 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires freeOrd[b + (1 << k)] < 0;
    @   requires coalescedFree();
    @   assignable freeOrd[b], freeCount;
    @   ensures coalescedFree();
    @ also private normal_behavior
    @   // Every block below the upper half still ends at or before it.
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (2 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires endsBelow((int) (b + (1 << k)));
    @   assignable freeOrd[b], freeCount;
    @   ensures endsBelow((int) (b + (1 << k)));
    @*/
    /**
     * A constrained split's step when the page sought lies in the upper half: the unowned lower
     * half (b, k) of the carved block (b, k + 1) joins F. The mirror of addFree, whose halves are
     * the other way round; its I1 case states the group spelled out for the same reason.
     */
    private /*@ helper @*/ void addFreeLower(int b, int k) {
        sizeFacts(k);
        lowerHalves(b, k);
        setFree(b, k);
    }

    /*@ private normal_behavior
    @   // I4, I5 and the exact change
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (1 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires coalescedFree();
    @   assignable allocOrd[b], usedCount;
    @   ensures ordersInRange() && pageSums() && coalescedFree();
    @   ensures allocOrd[b] == k && usedCount == \old(usedCount) + (1 << k);
    @ also private normal_behavior
    @   // I1 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (1 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b < q && q < b + (1 << k); freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p; 0 <= p && p < b;
    @               (freeOrd[p] >= 0 ==> p + (1 << freeOrd[p]) <= b)
    @               && (allocOrd[p] >= 0 ==> p + (1 << allocOrd[p]) <= b));
    @   requires (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   requires (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   assignable allocOrd[b], usedCount;
    @   ensures (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < 0 || allocOrd[p] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && freeOrd[p] >= 0 && q < p + (1 << freeOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @   ensures (\forall int p, q; 0 <= p && p < q && q < spanPages
    @               && allocOrd[p] >= 0 && q < p + (1 << allocOrd[p]);
    @               freeOrd[q] < 0 && allocOrd[q] < 0);
    @ also private normal_behavior
    @   // I2 is kept
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && 0 <= b && b % (1 << k) == 0 && b + (1 << k) <= spanPages;
    @   requires pageSums() && freeOrd[b] < 0 && allocOrd[b] < 0;
    @   requires (\forall int q; b <= q && q < b + (1 << k); usable[q]);
    @   requires aligned();
    @   assignable allocOrd[b], usedCount;
    @   ensures aligned();
    @*/
    /** The last step of a constrained split: the unowned block (b, k) joins A. */
    private /*@ helper @*/ void addAlloc(int b, int k) {
        sizeFacts(k);
        setAlloc(b, k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (2 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && unowned(b, (int) (k + 1)) && endsBelow(b);
    @   assignable freeOrd[b + (1 << k)], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   ensures freeCount == \old(freeCount) + (1 << k);
    @   ensures unowned(b, k) && endsBelow(b) && b % (1 << k) == 0;
    @*/
    /**
     * A constrained split's step when the page sought lies in the lower half: the upper half of
     * the carved block (b, k + 1) joins F, as in alloc's split, and (b, k) is carved on.
     */
    private /*@ helper @*/ void freeUpperHalf(int b, int k) {
        sizeFacts(k);
        holeHalves(b, k);
        upperOfHole(b, k);
        belowHole(b, k);
        addFreeStep(b + (1 << k), k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (2 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && unowned(b, (int) (k + 1)) && endsBelow(b);
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   ensures freeCount == \old(freeCount) + (1 << k);
    @   ensures unowned((int) (b + (1 << k)), k) && endsBelow((int) (b + (1 << k)))
    @           && (b + (1 << k)) % (1 << k) == 0;
    @*/
    /**
     * A constrained split's step when the page sought lies in the upper half: the lower half of
     * the carved block (b, k + 1) joins F, and (b + 2^k, k) is carved on.
     */
    private /*@ helper @*/ void freeLowerHalf(int b, int k) {
        sizeFacts(k);
        holeHalves(b, k);
        belowHole(b, k);
        addFreeLowerStep(b, k);
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k + 1 < orderLimit && 0 <= b && b % (2 << k) == 0 && b + (2 << k) <= spanPages;
    @   requires unowned(b, k) && endsBelow(b) && endsBelow((int) (b + (1 << k))) && freeOrd[b + (1 << k)] < 0;
    @   assignable freeOrd[b], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures freeOrd[b] == k && freeCount == \old(freeCount) + (1 << k) && endsBelow((int) (b + (1 << k)));
    @*/
    /** addFreeLower with the invariant's groups as single facts, as addFreeStep is for addFree. */
    private /*@ helper @*/ void addFreeLowerStep(int b, int k) {
        unfoldDisjoint();
        readUnowned(b, k);
        addFreeLower(b, k);
        foldDisjoint();
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << k) <= MAX_PAGES;
    @   requires 0 <= k && k < orderLimit && unowned(b, k) && endsBelow(b);
    @   assignable allocOrd[b], usedCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures allocOrd[b] == k && usedCount == \old(usedCount) + (1 << k);
    @*/
    /** addAlloc with the invariant's groups as single facts, the form carve passes on. */
    private /*@ helper @*/ void addAllocStep(int b, int k) {
        sizeFacts(k);
        readUnowned(b, k);
        unfoldDisjoint();
        addAlloc(b, k);
        foldDisjoint();
    }

    /*@ private normal_behavior
    @   requires 1 <= orderLimit && orderLimit <= MAX_ORDER_LIMIT && 0 <= spanPages && spanPages <= MAX_PAGES;
    @   requires usable != null && freeOrd != null && allocOrd != null;
    @   requires usable.length == spanPages && freeOrd.length == spanPages
    @            && allocOrd.length == spanPages && freeOrd != allocOrd;
    @   requires ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   requires 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (2 << m) <= MAX_PAGES;
    @   requires 0 <= k && k <= m && m + 1 < orderLimit && unowned(b, (int) (m + 1)) && endsBelow(b);
    @   requires 0 <= b && b % (2 << m) == 0 && b + (2 << m) <= spanPages;
    @   requires p % (1 << k) == 0 && b <= p && p + (1 << k) <= b + (2 << m);
    @   assignable freeOrd[b .. b + (2 << m) - 1], freeCount;
    @   ensures ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree();
    @   ensures 0 <= freeCount && 0 <= usedCount && freeCount + usedCount + (1 << m) <= MAX_PAGES;
    @   ensures freeCount == \old(freeCount) + (1 << m);
    @   ensures unowned(\result, m) && endsBelow(\result);
    @   ensures 0 <= \result && \result % (1 << m) == 0 && \result + (1 << m) <= spanPages;
    @   ensures \result <= p && p + (1 << k) <= \result + (1 << m);
    @*/
    /**
     * One level of a constrained split: the half of the carved block (b, m + 1) that does not hold
     * the block (p, k) joins F, and the half that does is carved on. Returns that half's head.
     */
    private /*@ helper @*/ int carveHalf(int b, int m, int p, int k) {
        sizeFacts(m);
        int upper = upperHead(b, m);
        if (p >= upper) {
            freeLowerHalf(b, m);
            return upper;
        }
        inLowerHalf(b, m, p, k);
        freeUpperHalf(b, m);
        return b;
    }

    /*@ private normal_behavior
    @   requires 0 <= m && m < MAX_ORDER_LIMIT && 0 <= b && b + (2 << m) <= MAX_PAGES;
    @   assignable \strictly_nothing;
    @   ensures \result == b + (1 << m) && \result + (1 << m) == b + (2 << m);
    @*/
    /** The head of the upper half of the block (b, m + 1), computed where its sum cannot overflow. */
    private static /*@ helper @*/ int upperHead(int b, int m) {
        sizeFacts(m);
        return b + (1 << m);
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k <= m && m < MAX_ORDER_LIMIT && 0 <= b && b + (2 << m) <= MAX_PAGES;
    @   requires b % (2 << m) == 0 && p % (1 << k) == 0 && b <= p && p < b + (1 << m);
    @   assignable \strictly_nothing;
    @   ensures p + (1 << k) <= b + (1 << m);
    @*/
    /**
     * Lemma for KeY: a 2^k-aligned page in the lower half of a 2^(m+1)-aligned block leaves room
     * for 2^k pages in that half.
     */
    private static /*@ helper @*/ void inLowerHalf(int b, int m, int p, int k) {
        sizeFacts(m);
        halves(b, m);
        alignDown(b + (1 << m), k, m);
        alignedGap(p, b + (1 << m), k);
    }

    /*@ private normal_behavior
    @   requires 0 <= k && k <= j && j < orderLimit && 0 <= q && q < spanPages && freeOrd[q] == j;
    @   requires q <= p && p + (1 << k) <= q + (1 << j) && p % (1 << k) == 0;
    @   assignable freeOrd[*], allocOrd[*], freeCount, usedCount, splitCount, coalesceCount;
    @   ensures allocOrd[p] == k && freeCount == \old(freeCount) - (1 << k)
    @           && usedCount == \old(usedCount) + (1 << k);
    @   ensures (\forall int r; 0 <= r && r < spanPages && r != p; allocOrd[r] == \old(allocOrd[r]));
    @   ensures splitCount == j - k && coalesceCount == 0;
    @*/
    /**
     * Splits the free block (q, j) down to the block (p, k) inside it and allocates that: at each
     * step the half that does not hold p becomes free (one split). With p == q this is alloc's
     * split, the upper halves becoming free. The block being carved belongs to neither F nor A
     * (unowned, with endsBelow); each step keeps the invariant's groups whole, as splitDown's do,
     * and only the page counts wait for (p, k) to join A.
     */
    private void carve(int q, int j, int p, int k) {
        readGroups();
        countBounds(q);
        dropFreeStep(q);
        int b = q;
        int m = j;
        /*@ loop_invariant ordersInRange() && disjoint() && aligned() && pageSums() && coalescedFree()
        @                && usableCounted() && unowned(b, m) && endsBelow(b);
        @ loop_invariant k <= m && m <= j && 0 <= b && b <= p && p + (1 << k) <= b + (1 << m);
        @ loop_invariant b % (1 << m) == 0 && b + (1 << m) <= spanPages;
        @ loop_invariant 0 <= freeCount && 0 <= usedCount && usablePages <= MAX_PAGES
        @                && freeCount + usedCount + (1 << m) == usablePages;
        @ loop_invariant freeCount == \old(freeCount) - (1 << m) && usedCount == \old(usedCount);
        @ assignable freeOrd[*], freeCount;
        @ decreases m;
        @*/
        while (m > k) {
            m--;
            sizeFacts(m);
            b = carveHalf(b, m, p, k);
        }
        addAllocStep(p, k);
        endSplit(j - k);
    }

    /*@ public normal_behavior
    @   requires 0 <= from && from <= spanPages;
    @   ensures -1 <= \result && \result < spanPages;
    @   ensures \result >= 0 ==> \result >= from && allocOrd[\result] >= 0;
    @   ensures (\forall int p; from <= p && p < spanPages && (\result < 0 || p < \result);
    @              allocOrd[p] < 0);
    @*/
    /** The lowest page at or after {@code from} heading an allocated block, or -1. */
    public /*@ pure @*/ int nextAllocated(int from) {
        int p = from;
        /*@ loop_invariant from <= p && p <= spanPages && allocOrd.length == spanPages;
        @ loop_invariant (\forall int q; from <= q && q < p; allocOrd[q] < 0);
        @ assignable \strictly_nothing;
        @ decreases spanPages - p;
        @*/
        while (p < spanPages && allocOrd[p] < 0) {
            p++;
        }
        return p < spanPages ? p : -1;
    }

    /*@ public normal_behavior
    @   requires 0 <= order && order < orderLimit;
    @   assignable \strictly_nothing;
    @   ensures \result == (\sum int p; 0 <= p && p < spanPages;
    @                        freeOrd[p] >= order ? (1 << (freeOrd[p] - order)) : 0);
    @*/
    /**
     * Free blocks of order >= order counted in blocks of order (a free block of order j holds
     * 2^(j - order)): how many blocks of that order can be allocated one after another.
     */
    public /*@ pure @*/ long suitableBlocks(int order) {
        long n = 0;
        /*@ loop_invariant 0 <= i && i <= spanPages && spanPages <= MAX_PAGES && freeOrd.length == spanPages;
        @ loop_invariant orderLimit <= MAX_ORDER_LIMIT
        @                && (\forall int p; 0 <= p && p < spanPages; freeOrd[p] < orderLimit);
        @ loop_invariant 0 <= n && n <= i * 8388608L;
        @ loop_invariant n == (\sum int p; 0 <= p && p < i;
        @                        freeOrd[p] >= order ? (1 << (freeOrd[p] - order)) : 0);
        @ assignable \strictly_nothing;
        @ decreases spanPages - i;
        @*/
        for (int i = 0; i < spanPages; i++) {
            if (freeOrd[i] >= order) {
                sizeFacts(freeOrd[i] - order);
                // Widened before the addition: KeY's overflow-checking rules add long to long.
                long blocks = 1 << (freeOrd[i] - order);
                n = n + blocks;
            }
        }
        return n;
    }

    /*@ public normal_behavior
    @   assignable \strictly_nothing;
    @   ensures \result == (\num_of int p; 0 <= p && p < spanPages; freeOrd[p] >= 0);
    @*/
    /** Free blocks of every order. */
    public /*@ pure @*/ int freeBlocksTotal() {
        int n = 0;
        /*@ loop_invariant 0 <= i && i <= spanPages && spanPages <= MAX_PAGES && 0 <= n && n <= i;
        @ loop_invariant n == (\num_of int p; 0 <= p && p < i; freeOrd[p] >= 0);
        @ assignable \strictly_nothing;
        @ decreases spanPages - i;
        @*/
        for (int i = 0; i < spanPages; i++) {
            if (freeOrd[i] >= 0) {
                n++;
            }
        }
        return n;
    }

    // The measures below are arithmetic over counts the state methods above deliver (freePages,
    // freeBlocksTotal, suitableBlocks): static, so each is proved once for all states.

    /*@ public normal_behavior
    @   requires 0 <= free && free <= MAX_PAGES && 0 <= order && order < MAX_ORDER_LIMIT;
    @   ensures \result == (free - (1 << order) >= minFree);
    @*/
    /** Whether a block of that order leaves at least {@code minFree} of {@code free} pages: the min watermark. */
    public static /*@ pure @*/ boolean admits(int free, int order, long minFree) {
        sizeFacts(order);
        return free - (1 << order) >= minFree;
    }

    /*@ public normal_behavior
    @   requires 0 <= free && free <= MAX_PAGES && 0 <= blocks && 0 <= suitable;
    @   requires 0 <= order && order < MAX_ORDER_LIMIT;
    @   ensures blocks == 0 ==> \result == 0;
    @   ensures blocks > 0 && suitable > 0 ==> \result == -1000;
    @   ensures blocks > 0 && suitable == 0
    @           ==> \result == 1000 - (1000 + (long) free * 1000 / (1 << order)) / blocks;
    @*/
    /**
     * Linux's fragmentation index for a request of that order (thousandths), from the free pages,
     * the free blocks and the suitable blocks: 0 when nothing is free, -1000 when a suitable block
     * exists, otherwise {@code 1000 - (1000 + free * 1000 / 2^order) / blocks}.
     */
    public static /*@ pure @*/ long fragmentationIndex(int free, int blocks, long suitable, int order) {
        if (blocks == 0) {
            return 0;
        }
        if (suitable > 0) {
            return -1000;
        }
        sizeFacts(order);
        long scaled = (long) free * 1000;
        long perBlock = scaled / (1 << order);
        quotientFacts(scaled, 1 << order);
        quotientFacts(1000 + perBlock, blocks);
        return 1000 - (1000 + perBlock) / blocks;
    }

    /*@ private normal_behavior
    @   requires 0 <= a && 1 <= b;
    @   assignable \strictly_nothing;
    @   ensures 0 <= a / b && a / b <= a;
    @*/
    /** Lemma for KeY: a quotient of non-negative numbers lies between 0 and the dividend. */
    private static /*@ helper @*/ void quotientFacts(long a, long b) {}

    /*@ public normal_behavior
    @   requires 0 <= free && free <= MAX_PAGES && 0 <= suitable && suitable <= MAX_PAGES;
    @   requires 0 <= order && order < MAX_ORDER_LIMIT;
    @   ensures free == 0 ==> \result == 1000;
    @   ensures free != 0 ==> \result == ((long) free - suitable * (1 << order)) * 1000 / free;
    @*/
    /**
     * Linux's unusable free space index for that order (thousandths): the share of the free pages
     * in blocks too small for the order; 1000 when nothing is free.
     */
    public static /*@ pure @*/ long unusableFreeSpaceIndex(int free, long suitable, int order) {
        if (free == 0) {
            return 1000;
        }
        sizeFacts(order);
        return ((long) free - suitable * (1 << order)) * 1000 / free;
    }
}
