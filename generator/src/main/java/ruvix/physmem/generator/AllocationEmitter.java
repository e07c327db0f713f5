package ruvix.physmem.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The allocation path: checks in DESIGN.md's order, the min watermark for a non-critical request,
 * then the smallest sufficient order, lowest address.
 */
final class AllocationEmitter {
    private AllocationEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        String failed = ctx.stats() ? "failedAllocations++;\n" : "";
        EntryPoint.emit(
                ctx,
                type,
                MethodSpec.methodBuilder("allocOrder")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                """
                                Allocates a block of {@code 2^order} pages, heap-free, in at most MAX_ORDER * LEVELS word
                                updates: its address, or the negative code of {@code NOT_INITIALIZED}, {@code INVALID_ORDER}
                                (negative order), {@code ALLOCATION_TOO_LARGE} ({@code order >= MAX_ORDER}) or
                                {@code OUT_OF_MEMORY} (also when the block would take the free pages below the min
                                watermark: a non-critical request, as {@code allocPagesRaw(2^order)}).
                                """)
                        .returns(long.class)
                        .addParameter(int.class, "order"),
                CodeBlock.builder()
                        .add(
                                """
                                if (!initialized) {
                                    return NOT_INITIALIZED;
                                }
                                if (order < 0) {
                                    $Lreturn INVALID_ORDER;
                                }
                                if (order >= MAX_ORDER) {
                                    $Lreturn ALLOCATION_TOO_LARGE;
                                }
                                return allocate(order, false);
                                """,
                                failed,
                                failed)
                        .build());
        EntryPoint.emit(
                ctx,
                type,
                MethodSpec.methodBuilder("allocPagesRaw")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addParameter(long.class, "count")
                        .addParameter(boolean.class, "critical"),
                CodeBlock.builder()
                        .add(countChecks(failed))
                        .add(
                                """
                                // The smallest order holding count pages: ceil(log2(count)).
                                return allocate(count == 1 ? 0 : 64 - Long.numberOfLeadingZeros(count - 1), critical);
                                """)
                        .build());
        type.addMethod(MethodSpec.methodBuilder("allocate")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "Allocates a block of a valid order on an initialized allocator; a non-critical"
                                        + " request is refused if the block would take the free pages below the min watermark.\n"))
                .returns(long.class)
                .addParameter(int.class, "order")
                .addParameter(boolean.class, "critical")
                .addCode(
                        """
                        // Orders >= order that have a free block; the lowest of them is the smallest sufficient one.
                        int candidates = nonEmpty >>> order;
                        if (candidates == 0 || (!critical && freePages - (1L << order) < minWatermark)) {
                            $Lreturn OUT_OF_MEMORY;
                        }
                        int k = order + Integer.numberOfTrailingZeros(candidates);
                        int slot = lowestFree(k);
                        removeFree(k, slot);
                        """,
                        failed)
                .addCode(ctx.ifStats("splits += k - order;\n"))
                .addCode(
                        """
                        // Split down to the requested order: the lower half goes on, the upper half becomes free.
                        while (k > order) {
                            k--;
                            slot <<= 1;
                            insertFree(k, slot | 1);
                        }
                        return allocated(order, slot);
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocated")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "Marks block {@code slot} of {@code order}, already out of the free bitmaps, allocated:"
                                        + " the end of every accepted allocation. Returns its address.\n"))
                .returns(long.class)
                .addParameter(int.class, "order")
                .addParameter(int.class, "slot")
                .addCode(
                        """
                        long p = allocAt[order * LEVELS] + slot;
                        int w = (int) (p >>> 6);
                        long old = bits[w];
                        bits[w] = old | (1L << p);
                        if (old == 0) {
                            allocatedWordFilled(order, slot);
                        }
                        freePages -= 1L << order;
                        """)
                .addCode(
                        ctx.ifStats(
                                """
                        successfulAllocations++;
                        orderAllocations[order]++;
                        if (totalPages - freePages > peakUsedPages) {
                            peakUsedPages = totalPages - freePages;
                        }
                        """))
                .addStatement("return (originPfn + ((long) slot << order)) << PAGE_SHIFT")
                .build());
    }

    /**
     * The first checks of every allocation by page count, in the documented order (initialized,
     * zero, too large); {@code failed} counts a rejection when the profile keeps statistics.
     */
    static CodeBlock countChecks(String failed) {
        return CodeBlock.of(
                """
                if (!initialized) {
                    return NOT_INITIALIZED;
                }
                if (count == 0) {
                    $Lreturn ZERO_ALLOCATION;
                }
                if (count < 0 || count > MAX_BLOCK_PAGES) {
                    $Lreturn ALLOCATION_TOO_LARGE;
                }
                """,
                failed,
                failed);
    }
}
