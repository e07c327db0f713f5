package ruvix.physmem.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Bulk allocation into the caller's array: one single-block allocation per block, so the result
 * and the counters are those of the loop of calls the spec defines; the all-or-nothing variant
 * first checks, from the per-order counts alone, that every call of that loop will succeed.
 */
final class BulkEmitter {
    private BulkEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        String failed = ctx.stats() ? "failedAllocations++;\n" : "";
        CodeBlock checks = CodeBlock.of(
                """
                $T.checkFromIndexSize(0, n, $T.requireNonNull(out, "out").length);
                if (!initialized) {
                    return NOT_INITIALIZED;
                }
                if (order < 0 || order >= MAX_ORDER) {
                    $Lreturn INVALID_ORDER;
                }
                """,
                Objects.class,
                Objects.class,
                failed);
        EntryPoint.emit(
                ctx,
                type,
                bulkSignature("allocPagesBulk"),
                CodeBlock.builder()
                        .add(checks)
                        .addStatement("return fill(order, n, out, critical)")
                        .build());
        EntryPoint.emit(
                ctx,
                type,
                bulkSignature("allocPagesBulkExact"),
                CodeBlock.builder()
                        .add(checks)
                        .add(
                                """
                                if (n == 0) {
                                    return 0;
                                }
                                // Each of the n allocations takes one suitable block and leaves the others, and the
                                // last one leaves the fewest free pages: these two tests say all n will succeed.
                                if (suitableBlocksBelow(order, n)
                                        || (!critical && freePages - ((long) n << order) < minWatermark)) {
                                    $Lreturn OUT_OF_MEMORY;
                                }
                                return fill(order, n, out, critical);
                                """,
                                failed)
                        .build());
        type.addMethod(MethodSpec.methodBuilder("fill")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap("Allocates blocks of {@code order} into {@code out[0 .. n)} until one is refused (and"
                                + " counted as refused); returns how many. One allocation per block: n times the bound of"
                                + " a single allocation, n being the caller's.\n"))
                .returns(int.class)
                .addParameter(int.class, "order")
                .addParameter(int.class, "n")
                .addParameter(long[].class, "out")
                .addParameter(boolean.class, "critical")
                .addCode(
                        """
                        int filled = 0;
                        while (filled < n) {
                            long addr = allocate(order, critical);
                            if (addr < 0) {
                                break;
                            }
                            out[filled++] = addr;
                        }
                        return filled;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("suitableBlocksBelow")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "Whether the free blocks hold fewer than {@code n} blocks of {@code order}: the sum of"
                                        + " {@code freeBlocks[j] * 2^(j - order)} over {@code j >= order}, which is at most"
                                        + " {@code freePages >> order} and so cannot overflow. At most MAX_ORDER steps.\n"))
                .returns(boolean.class)
                .addParameter(int.class, "order")
                .addParameter(int.class, "n")
                .addCode(
                        """
                        long suitable = 0;
                        for (int j = order; j < MAX_ORDER; j++) {
                            suitable += freeBlocks[j] << (j - order);
                        }
                        return suitable < n;
                        """)
                .build());
    }

    private static MethodSpec.Builder bulkSignature(String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addJavadoc(
                        """
                        {@inheritDoc}

                        <p>Heap-free: one allocation per block, so {@code n} times the bound of a single
                        allocation; the all-or-nothing test adds at most MAX_ORDER steps.
                        """)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(int.class, "order")
                .addParameter(int.class, "n")
                .addParameter(long[].class, "out")
                .addParameter(boolean.class, "critical");
    }
}
