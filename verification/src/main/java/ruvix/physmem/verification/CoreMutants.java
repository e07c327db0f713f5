package ruvix.physmem.verification;

import java.util.List;

/**
 * The vacuity guard: deliberate bugs in the core that the proofs must reject. Each patch is
 * textual and must match BuddyModel.java exactly once; each names the contracts that must then
 * fail to close.
 */
public final class CoreMutants {
    private CoreMutants() {}

    public static List<CoreMutant> all() {
        return List.of(
                new CoreMutant(
                        "free-skips-double-free-check",
                        "free accepts a block that is not allocated (double free, never allocated)",
                        "        if (allocOrd[pfn] < 0) {\n            return ERR_NOT_ALLOCATED;\n        }\n",
                        "",
                        List.of("free(int,int) #3")),
                new CoreMutant(
                        "free-accepts-unusable-page",
                        "free forgets the usable-page check of the address",
                        "        if (pfn < 0 || pfn >= spanPages || !usable[pfn]) {\n            return ERR_ADDRESS_OUT_OF_RANGE;",
                        "        if (pfn < 0 || pfn >= spanPages) {\n            return ERR_ADDRESS_OUT_OF_RANGE;",
                        List.of("free(int,int) #0")),
                new CoreMutant(
                        "free-size-check-accepts-larger-block",
                        "free accepts a smaller order than the allocated block (frees part of a block)",
                        "allocOrd[pfn] >= 0 && allocOrd[pfn] != order)",
                        "allocOrd[pfn] >= 0 && allocOrd[pfn] < order)",
                        List.of("free(int,int) #2")),
                new CoreMutant(
                        "free-order-bound-off-by-one",
                        "free accepts order == maxOrder",
                        "        if (order < 0 || order >= orderLimit) {\n            return ERR_ALLOCATION_TOO_LARGE;\n        }\n        if (allocOrd",
                        "        if (order < 0 || order > orderLimit) {\n            return ERR_ALLOCATION_TOO_LARGE;\n        }\n        if (allocOrd",
                        List.of("free(int,int) #1")),
                new CoreMutant(
                        "alloc-order-bound-off-by-one",
                        "alloc accepts order == maxOrder",
                        "        if (order < 0 || order >= orderLimit) {\n            return ERR_ALLOCATION_TOO_LARGE;\n        }\n        int j",
                        "        if (order < 0 || order > orderLimit) {\n            return ERR_ALLOCATION_TOO_LARGE;\n        }\n        int j",
                        List.of("alloc(int) #0")),
                new CoreMutant(
                        "alloc-searches-from-order-zero",
                        "alloc's search for a free block starts at order 0, so it hands out a block smaller than asked"
                                + " instead of reporting out of memory",
                        "        int j = order;\n",
                        "        int j = 0;\n",
                        List.of("alloc(int) #1")),
                new CoreMutant(
                        "alloc-takes-highest-address",
                        "the search for a free block of order j returns the highest address, not the lowest",
                        "        while (p < spanPages && freeOrd[p] != k) {\n            p++;\n        }",
                        "        int last = -1;\n        while (p < spanPages) {\n            if (freeOrd[p] == k) {\n"
                                + "                last = p;\n            }\n            p++;\n        }\n"
                                + "        p = last < 0 ? spanPages : last;",
                        List.of("lowestFree(int) #0")),
                new CoreMutant(
                        "free-counter-not-updated",
                        "the point update of F forgets the free-page counter",
                        "        freeCount = freeCount - (old >= 0 ? (1 << old) : 0) + (v >= 0 ? (1 << v) : 0);\n",
                        "",
                        List.of("setFree(int,int) #0")),
                new CoreMutant(
                        "init-run-loses-last-page",
                        "init's run scan stops one page early, so the last page of every run is left out",
                        "        return e;",
                        "        return e - 1;",
                        List.of("runEnd(int) #0")),
                new CoreMutant(
                        "buddy-on-wrong-side",
                        "coalescing looks for the buddy on the wrong side",
                        "p % (2 << k) == 0 ? p + (1 << k) : p - (1 << k)",
                        "p % (2 << k) == 0 ? p - (1 << k) : p + (1 << k)",
                        List.of("buddyOf(int,int) #0")),
                new CoreMutant(
                        "free-blocks-counts-larger-orders",
                        "the per-order free-block count also counts larger orders",
                        "if (freeOrd[i] == order && order >= 0) {",
                        "if (freeOrd[i] >= order && order >= 0) {",
                        List.of("freeBlocks(int) #0")),
                new CoreMutant(
                        "largest-free-order-skips-top-order",
                        "largestFreeOrder starts its downward search one order too low, missing free blocks of the"
                                + " largest order",
                        "        int k = orderLimit - 1;\n        int at = -1;\n",
                        "        int k = orderLimit - 2;\n        int at = -1;\n",
                        List.of("largestFreeOrder() #0")),
                new CoreMutant(
                        "is-usable-ignores-the-map",
                        "isUsable answers true for every page in the span",
                        "        return pfn >= 0 && pfn < spanPages && usable[pfn];",
                        "        return pfn >= 0 && pfn < spanPages;",
                        List.of("isUsable(int) #0")),
                new CoreMutant(
                        "allocated-order-reads-free-array",
                        "allocatedOrderAt reports the free block's order",
                        "        return pfn >= 0 && pfn < spanPages ? allocOrd[pfn] : -1;",
                        "        return pfn >= 0 && pfn < spanPages ? freeOrd[pfn] : -1;",
                        List.of("allocatedOrderAt(int) #0")),
                new CoreMutant(
                        "total-pages-reports-span",
                        "totalPages counts the span instead of the usable pages",
                        "        return usablePages;",
                        "        return spanPages;",
                        List.of("totalPages() #0")),
                new CoreMutant(
                        "last-coalesces-reports-splits",
                        "lastCoalesces reports the split counter",
                        "        return coalesceCount;",
                        "        return splitCount;",
                        List.of("lastCoalesces() #0")),
                new CoreMutant(
                        "split-forgets-upper-half",
                        "a split step does not free the upper half",
                        "void addFree(int b, int k) {\n        sizeFacts(k);\n        setFree(b, k);\n",
                        "void addFree(int b, int k) {\n        sizeFacts(k);\n",
                        List.of("addFree(int,int) #0")),
                new CoreMutant(
                        "coalesce-ignores-buddy-order",
                        "free coalesces with a free buddy of any order",
                        "        return b < spanPages && freeOrd[b] == k;",
                        "        return b < spanPages && freeOrd[b] >= 0;",
                        List.of("buddyFree(int,int) #0")),
                new CoreMutant(
                        "merge-leaves-buddy-free",
                        "a merge joins the free buddy to the block without taking it out of F, so a free block"
                                + " ends up inside the merged one",
                        "        freeCounted(b);\n        dropFreeStep(b);\n",
                        "        freeCounted(b);\n",
                        List.of("mergeStep(int,int,int) #0")),
                new CoreMutant(
                        "constrained-accepts-reversed-window",
                        "constrained allocation takes a window whose end lies before its start",
                        "        if (lo < 0 || hi < lo || hi > spanPages) {",
                        "        if (lo < 0 || hi > spanPages) {",
                        List.of("allocConstrained(int,int,int,int) #2")),
                new CoreMutant(
                        "next-allocated-skips-its-start",
                        "the live-block walk never reports a block at its starting page",
                        "        int p = from;\n",
                        "        int p = from + 1;\n",
                        List.of("nextAllocated(int) #0")),
                new CoreMutant(
                        "watermark-lets-min-be-crossed",
                        "the min watermark admits a block that leaves one page less than min",
                        "        return free - (1 << order) >= minFree;",
                        "        return free - (1 << order) + 1 >= minFree;",
                        List.of("admits(int,int,long) #0")),
                new CoreMutant(
                        "unusable-index-counts-blocks-as-pages",
                        "the unusable free space index counts suitable blocks as single pages",
                        "((long) free - suitable * (1 << order)) * 1000 / free;\n    }",
                        "((long) free - suitable) * 1000 / free;\n    }",
                        List.of("unusableFreeSpaceIndex(int,long,int) #0")),
                new CoreMutant(
                        "reset-keeps-allocations",
                        "reset clears the free blocks but leaves the allocated ones in place",
                        "            allocOrd[i] = -1;\n        }\n        decompose();",
                        "        }\n        decompose();",
                        List.of("reset() #0")),
                new CoreMutant(
                        "create-accepts-order-zero",
                        "the factory lets maxOrder 0 through to the constructor instead of rejecting it",
                        "        if (maxOrder < 1 ||",
                        "        if (maxOrder < 0 ||",
                        List.of("create(int,[Z) exceptional #0")),
                new CoreMutant(
                        "init-fit-ignores-alignment",
                        "init's greedy fit grows a block past the alignment of its start",
                        "k + 1 < orderLimit && s % (2 << k) == 0 && s + (2 << k) <= e",
                        "k + 1 < orderLimit && s + (2 << k) <= e",
                        List.of("largestFit(int,int) #0")),
                new CoreMutant(
                        "init-frees-single-pages",
                        "init frees every usable page as a block of its own instead of the largest block that fits",
                        "        int k = largestFit(s, e);",
                        "        int k = 0;",
                        List.of("emit(int,int) #3")),
                new CoreMutant(
                        "suitable-blocks-counts-pages",
                        "the suitable-block count adds a free block's pages instead of its blocks of the order",
                        "long blocks = 1 << (freeOrd[i] - order);",
                        "long blocks = 1 << freeOrd[i];",
                        List.of("suitableBlocks(int) #0")));
    }
}
