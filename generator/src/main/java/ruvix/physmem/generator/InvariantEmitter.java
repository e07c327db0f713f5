package ruvix.physmem.generator;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/**
 * The {@code debug-alloc} check: every invariant of DESIGN.md over the bitmaps after every
 * operation, O(pages), heap-free unless it fails.
 */
final class InvariantEmitter {
    private InvariantEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("verifyInvariants")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        """
                        Checks I1..I5 (and the counters of I4) over the bitmaps.

                        @throws PhysMemException {@code INTERNAL_CORRUPTION} naming the first violated invariant
                        """)
                .addCode(
                        """
                        if (!initialized) {
                            return;
                        }
                        long blockPages = 0;
                        long freeSum = 0;
                        long freeCount = 0;
                        long bitsInBitmaps = 0;
                        for (int k = 0; k < MAX_ORDER; k++) {
                            long slots = slots(spanIndex, k);
                            long free = count(freeAt[k * LEVELS], slots);
                            long allocated = count(allocAt[k * LEVELS], slots);
                            if (free != freeBlocks[k] || ((nonEmpty >>> k) & 1) != (free == 0 ? 0 : 1)) {
                                throw corrupt("I4: the free-block count of order " + k + " is not its bitmap's");
                            }
                        """)
                .addCode(
                        ctx.ifStats(
                                """
                            if (orderAllocations[k] - orderFrees[k] != allocated) {
                                throw corrupt("I4: allocations minus frees of order " + k + " are not its allocated blocks");
                            }
                        """))
                .addCode(
                        """
                            blockPages += (free + allocated) << k;
                            freeSum += free << k;
                            freeCount += free;
                            bitsInBitmaps += free + allocated;
                            long entries = slots;
                            for (int l = 1; l <= topLevel[k]; l++) {
                                long words = (entries + 63) >>> 6;
                                for (int h = 0; h < 2; h++) {
                                    long[] at = h == 0 ? freeAt : allocAt;
                                    int lower = (int) (at[k * LEVELS + l - 1] >>> 6);
                                    long upper = at[k * LEVELS + l];
                                    for (int w = 0; w < words; w++) {
                                        if (testBit(upper + w) != (bits[lower + w] != 0)) {
                                            throw corrupt("I4: summary level " + l + " of the " + (h == 0 ? "free" : "allocated")
                                                    + "-head bitmap of order " + k + " is stale");
                                        }
                                    }
                                    bitsInBitmaps += count(upper, words);
                                }
                                entries = words;
                            }
                            if (k < TOP_ORDER) {
                                long at = freeAt[k * LEVELS];
                                for (long s = nextSet(bits, at, 0, slots); s < slots; s = nextSet(bits, at, s + 1, slots)) {
                                    if ((s & 1) == 0 && testBit(at + s + 1)) {
                                        throw corrupt("I5: free buddies at order " + k + ", page " + (originPfn + (s << k)));
                                    }
                                }
                            }
                        }
                        long setBits = 0;
                        for (long word : bits) {
                            setBits += Long.bitCount(word);
                        }
                        if (setBits != bitsInBitmaps || (nonEmpty >>> MAX_ORDER) != 0) {
                            throw corrupt("I1: a bit is set outside every bitmap");
                        }
                        if (freeSum != freePages) {
                            throw corrupt("I4: free pages are " + freePages + ", the free blocks hold " + freeSum);
                        }
                        if (blockPages != totalPages) {
                            throw corrupt("I3: the blocks hold " + blockPages + " pages, " + totalPages + " are usable");
                        }
                        // Walk every usable run: exactly one block starts where the previous one ended, and it ends
                        // inside the run. With the page total above, no block lies anywhere else (I1, I2, I3).
                        for (int r = 0; r < runStart.length; r++) {
                            int s = runStart[r];
                            int e = runEnd[r];
                            while (s < e) {
                                int order = -1;
                                int heads = 0;
                                for (int k = 0; k < MAX_ORDER && (s & ((1 << k) - 1)) == 0; k++) {
                                    if (testBit(freeAt[k * LEVELS] + (s >>> k))) {
                                        heads++;
                                        order = k;
                                    }
                                    if (testBit(allocAt[k * LEVELS] + (s >>> k))) {
                                        heads++;
                                        order = k;
                                    }
                                }
                                if (heads != 1) {
                                    throw corrupt("I1/I3: " + heads + " blocks start at page " + (originPfn + s));
                                }
                                if (e - s < 1 << order) {
                                    throw corrupt("I2: the block of order " + order + " at page " + (originPfn + s)
                                            + " leaves usable memory");
                                }
                                s += 1 << order;
                            }
                        }
                        """)
                .addCode(
                        ctx.ifStats(
                                """
                        long allocationSum = 0;
                        long freeSumByOrder = 0;
                        for (int k = 0; k < MAX_ORDER; k++) {
                            allocationSum += orderAllocations[k];
                            freeSumByOrder += orderFrees[k];
                        }
                        if (allocationSum != successfulAllocations || freeSumByOrder != frees) {
                            throw corrupt("I4: the per-order counters do not add up to the totals");
                        }
                        if (peakUsedPages < totalPages - freePages) {
                            throw corrupt("I4: the peak is below the pages in use");
                        }
                        // Every allocation takes a free block and splits it; every free adds one and merges it.
                        if (freeCount != seededFreeBlocks + splits - coalesces - successfulAllocations + frees) {
                            throw corrupt("I4: splits and coalesces do not account for the free blocks");
                        }
                        """))
                .build());
        type.addMethod(MethodSpec.methodBuilder("count")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("$L", Docs.wrap("Set bits among the {@code n} bits at {@code at}.\n"))
                .returns(long.class)
                .addParameter(long.class, "at")
                .addParameter(long.class, "n")
                .addCode(
                        """
                        long total = 0;
                        long i = 0;
                        while (i < n) {
                            long p = at + i;
                            int take = (int) Math.min(64 - (p & 63), n - i);
                            long word = bits[(int) (p >>> 6)] >>> p;
                            total += Long.bitCount(take == 64 ? word : word & ((1L << take) - 1));
                            i += take;
                        }
                        return total;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("corrupt")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(PhysMemException.class)
                .addParameter(String.class, "why")
                .addStatement("return new $T($T.INTERNAL_CORRUPTION, why)", PhysMemException.class, PhysMemError.class)
                .build());
    }
}
