package ruvix.physmem.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The free path. An accepted free is recognised first, by its allocated-head bit; only a call that
 * does not match an allocated block pays for finding the exact reason, in DESIGN.md's order.
 */
final class ReleaseEmitter {
    private ReleaseEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        String rejected = ctx.stats() ? "rejectedFrees++;\n" : "";
        EntryPoint.emit(
                ctx,
                type,
                MethodSpec.methodBuilder("freeBlock")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                """
                                Frees the block of {@code 2^order} pages at {@code addr}, heap-free, in at most
                                MAX_ORDER * LEVELS word updates: 0, or the negative code of {@code NOT_INITIALIZED},
                                {@code UNALIGNED_ADDRESS},
                                {@code ADDRESS_OUT_OF_RANGE}, {@code INVALID_ORDER} (negative order),
                                {@code ALLOCATION_TOO_LARGE}, {@code SIZE_MISMATCH} or {@code NOT_ALLOCATED}, in that order.
                                """)
                        .returns(int.class)
                        .addParameter(long.class, "addr")
                        .addParameter(int.class, "order"),
                CodeBlock.builder()
                        .add(
                                """
                                if (!initialized) {
                                    return NOT_INITIALIZED;
                                }
                                return release(addr, order);
                                """)
                        .build());
        EntryPoint.emit(
                ctx,
                type,
                MethodSpec.methodBuilder("freePagesRaw")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addParameter(long.class, "addr")
                        .addParameter(long.class, "count"),
                CodeBlock.builder()
                        .add(
                                """
                                if (!initialized) {
                                    return NOT_INITIALIZED;
                                }
                                if (count == 0) {
                                    $Lreturn ZERO_ALLOCATION;
                                }
                                // A count beyond the largest block, or negative, is answered as order MAX_ORDER: too large.
                                int order = count < 0 || count > MAX_BLOCK_PAGES
                                        ? MAX_ORDER
                                        : count == 1 ? 0 : 64 - Long.numberOfLeadingZeros(count - 1);
                                return release(addr, order);
                                """,
                                rejected)
                        .build());
        type.addMethod(MethodSpec.methodBuilder("release")
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addParameter(long.class, "addr")
                .addParameter(int.class, "order")
                .addCode(
                        """
                        if ((addr & (PAGE_SIZE - 1)) != 0) {
                            $Lreturn UNALIGNED_ADDRESS;
                        }
                        // A negative address gives a negative index: out of range below.
                        long index = (addr >> PAGE_SHIFT) - originPfn;
                        if (order >= 0 && order < MAX_ORDER && index >= 0 && index < spanIndex
                                && (index & ((1L << order) - 1)) == 0) {
                            int slot = (int) (index >>> order);
                            long p = allocAt[order * LEVELS] + slot;
                            int w = (int) (p >>> 6);
                            long word = bits[w];
                            if ((word & (1L << p)) != 0) {
                                long now = word & ~(1L << p);
                                bits[w] = now;
                                if (now == 0) {
                                    allocatedWordEmptied(order, slot);
                                }
                                freePages += 1L << order;
                        """,
                        rejected)
                .addCode(
                        ctx.ifStats(
                                """
                                frees++;
                                orderFrees[order]++;
                        """))
                .addCode(
                        """
                                coalesce(order, slot);
                                return 0;
                            }
                        }
                        return rejectFree(index, order);
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("rejectFree")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "The reason a page-aligned free matches no allocated block, in the documented order.\n"))
                .returns(int.class)
                .addParameter(long.class, "index")
                .addParameter(int.class, "order")
                .addCode(ctx.ifStats("rejectedFrees++;\n"))
                .addCode(
                        """
                        if (index < 0 || index >= spanIndex || !isUsable((int) index)) {
                            return ADDRESS_OUT_OF_RANGE;
                        }
                        if (order < 0) {
                            return INVALID_ORDER;
                        }
                        if (order >= MAX_ORDER) {
                            return ALLOCATION_TOO_LARGE;
                        }
                        return allocatedOrderAt((int) index) >= 0 ? SIZE_MISMATCH : NOT_ALLOCATED;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("coalesce")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "Frees block {@code slot} of {@code order}, merged with its free buddies as far as they go.\n")
                .addParameter(int.class, "order")
                .addParameter(int.class, "slot")
                .addCode(
                        """
                        int k = order;
                        int s = slot;
                        while (k < TOP_ORDER) {
                            // The buddy of slot s is slot s ^ 1: the neighbouring bit.
                            long p = freeAt[k * LEVELS] + (s ^ 1);
                            if ((bits[(int) (p >>> 6)] & (1L << p)) == 0) {
                                break;
                            }
                            removeFree(k, s ^ 1);
                            s >>>= 1;
                            k++;
                        """)
                .addCode(ctx.ifStats("coalesces++;\n"))
                .addCode(
                        """
                        }
                        insertFree(k, s);
                        """)
                .build());
    }
}
