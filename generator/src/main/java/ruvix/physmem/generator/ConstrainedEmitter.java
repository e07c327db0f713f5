package ruvix.physmem.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Constrained allocation: a block aligned beyond its size and lying inside an address window.
 * Per order one find-next over the free-head bitmap and its summaries, then the chosen block is
 * carved down around the page it serves, so the cost stays bounded by the profile's constants.
 */
final class ConstrainedEmitter {
    private ConstrainedEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        String failed = ctx.stats() ? "failedAllocations++;\n" : "";
        EntryPoint.emit(
                ctx,
                type,
                MethodSpec.methodBuilder("allocPagesConstrainedRaw")
                        .addAnnotation(Override.class)
                        .addJavadoc(
                                """
                                {@inheritDoc}

                                <p>Heap-free: the checks, then at most MAX_ORDER find-nexts of at most 2 * LEVELS
                                word reads and at most TOP_ORDER splits.
                                """)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addParameter(long.class, "count")
                        .addParameter(int.class, "alignOrder")
                        .addParameter(long.class, "lowAddr")
                        .addParameter(long.class, "highAddr")
                        .addParameter(boolean.class, "critical"),
                CodeBlock.builder()
                        .add(AllocationEmitter.countChecks(failed))
                        .add(
                                """
                                if (alignOrder < 0 || alignOrder >= MAX_ORDER) {
                                    $Lreturn INVALID_ORDER;
                                }
                                if (lowAddr < 0 || highAddr < lowAddr) {
                                    $Lreturn ADDRESS_OUT_OF_RANGE;
                                }
                                int order = count == 1 ? 0 : 64 - Long.numberOfLeadingZeros(count - 1);
                                if (!critical && freePages - (1L << order) < minWatermark) {
                                    $Lreturn OUT_OF_MEMORY;
                                }
                                // The window in indices, clamped to the span: from the first whole page at or after
                                // lowAddr to the first page not wholly below highAddr. Shifting before adding keeps
                                // both free of overflow for any address up to Long.MAX_VALUE.
                                long lowPfn = (lowAddr >> PAGE_SHIFT) + ((lowAddr & (PAGE_SIZE - 1)) == 0 ? 0 : 1);
                                long lo = Math.min(Math.max(lowPfn - originPfn, 0), spanIndex);
                                long hi = Math.min(Math.max((highAddr >> PAGE_SHIFT) - originPfn, lo), spanIndex);
                                return allocateWithin(order, Math.max(order, alignOrder), lo, hi);
                                """,
                                failed,
                                failed,
                                failed)
                        .build());
        type.addMethod(MethodSpec.methodBuilder("allocateWithin")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        """
                        Allocates a block of {@code order} at a multiple of {@code 2^e} pages inside the indices
                        {@code [lo, hi)} (within the span), or refuses with {@code OUT_OF_MEMORY}. For each order
                        {@code j >= e} that has a free block, smallest first: the lowest free block of order {@code j}
                        from the one holding {@code first}, the window's first {@code 2^e}-aligned index; in it the
                        candidate is {@code max(head, first)}, which fits iff it ends by {@code hi} - and if the
                        lowest candidate of an order does not fit, no later one does. At most MAX_ORDER find-nexts
                        of at most 2 * LEVELS word reads each, then at most TOP_ORDER splits.

                        <p>Indices are aligned like addresses up to the origin's alignment, which no block exceeds:
                        an {@code e} above it finds no order with a free block, as it finds none in memory.
                        """)
                .returns(long.class)
                .addParameter(int.class, "order")
                .addParameter(int.class, "e")
                .addParameter(long.class, "lo")
                .addParameter(long.class, "hi")
                .addCode(
                        """
                        long first = (lo + (1L << e) - 1) & -(1L << e);
                        // The orders >= e that have a free block, taken smallest first.
                        int orders = nonEmpty >>> e << e;
                        while (orders != 0) {
                            int j = Integer.numberOfTrailingZeros(orders);
                            orders &= orders - 1;
                            long slot = nextHead(freeAt, j, first >>> j);
                            if (slot >= 0) {
                                long p = Math.max(slot << j, first);
                                if (p + (1L << order) <= hi) {
                                    return carve(j, (int) slot, (int) p, order);
                                }
                            }
                        }
                        $Lreturn OUT_OF_MEMORY;
                        """,
                        failed)
                .build());
        type.addMethod(MethodSpec.methodBuilder("carve")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap("Takes free block {@code slot} of order {@code j} and splits it down to the block of"
                                + " {@code order} at index {@code p} inside it: at each step the half that does not hold"
                                + " {@code p} becomes free (one split). With {@code p} at the block's start this is"
                                + " allocate's split, the upper halves becoming free. At most TOP_ORDER steps.\n"))
                .returns(long.class)
                .addParameter(int.class, "j")
                .addParameter(int.class, "slot")
                .addParameter(int.class, "p")
                .addParameter(int.class, "order")
                .addCode("""
                        removeFree(j, slot);
                        """)
                .addCode(ctx.ifStats("splits += j - order;\n"))
                .addCode(
                        """
                        // b: the start of the half that still holds p, of order m.
                        int b = slot << j;
                        for (int m = j - 1; m >= order; m--) {
                            if (p >= b + (1 << m)) {
                                insertFree(m, b >>> m);
                                b += 1 << m;
                            } else {
                                insertFree(m, (b >>> m) + 1);
                            }
                        }
                        return allocated(order, p >>> order);
                        """)
                .build());
    }
}
