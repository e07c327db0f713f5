package ruvix.physmem.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.OrderStats;
import ruvix.physmem.PhysAddr;

/** The queries of {@code PageAllocator}, plus {@code metadataBytes}. */
final class QueryEmitter {
    private QueryEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        simple(type, "pageShift", int.class, "return PAGE_SHIFT");
        simple(type, "pageSize", long.class, "return PAGE_SIZE");
        simple(type, "maxOrder", int.class, "return MAX_ORDER");
        simple(type, "isInitialized", boolean.class, "return initialized");
        simple(type, "freePageCount", long.class, "return freePages");
        simple(type, "usedPages", long.class, "return totalPages - freePages");
        simple(type, "totalPages", long.class, "return totalPages");
        simple(type, "baseAddr", PhysAddr.class, "return initialized ? $T.of(basePfn << PAGE_SHIFT) : $T.NULL");
        simple(type, "endAddr", PhysAddr.class, "return initialized ? $T.of(endPfn << PAGE_SHIFT) : $T.NULL");
        simple(type, "largestFreeOrder", int.class, "return 31 - Integer.numberOfLeadingZeros(nonEmpty)");
        type.addMethod(override("freeBlocksAtOrder", long.class)
                .addParameter(int.class, "order")
                .addStatement("return order >= 0 && order < MAX_ORDER ? freeBlocks[order] : 0")
                .build());
        type.addMethod(override("orderStats", ParameterizedTypeName.get(List.class, OrderStats.class))
                .addStatement("$T<$T> orders = new $T<>(MAX_ORDER)", List.class, OrderStats.class, ArrayList.class)
                .beginControlFlow("for (int k = 0; k < MAX_ORDER; k++)")
                .addStatement(
                        ctx.stats()
                                ? "orders.add(new $T(freeBlocks[k], orderAllocations[k], orderFrees[k]))"
                                : "orders.add(new $T(freeBlocks[k], 0, 0))",
                        OrderStats.class)
                .endControlFlow()
                .addStatement("return $T.copyOf(orders)", List.class)
                .build());
        type.addMethod(override("stats", AllocatorStats.class)
                .beginControlFlow("if (!initialized)")
                .addStatement("return $T.empty(PAGE_SIZE)", AllocatorStats.class)
                .endControlFlow()
                .addStatement(
                        ctx.stats()
                                ? "return new $T(PAGE_SIZE, totalPages, freePages, successfulAllocations,"
                                        + " failedAllocations, frees, rejectedFrees, splits, coalesces, peakUsedPages)"
                                : "return new $T(PAGE_SIZE, totalPages, freePages, 0, 0, 0, 0, 0, 0, 0)",
                        AllocatorStats.class)
                .build());
        type.addMethod(override("contains", boolean.class)
                .addParameter(PhysAddr.class, "addr")
                .addCode(
                        """
                        long index = (($T.requireNonNull(addr, "addr").asLong()) >> PAGE_SHIFT) - originPfn;
                        return initialized && index >= 0 && index < spanIndex && isUsable((int) index);
                        """,
                        Objects.class)
                .build());
        type.addMethod(override("allocatedOrderRaw", int.class)
                .addJavadoc(
                        """
                        {@inheritDoc}

                        <p>Heap-free: at most MAX_ORDER bit reads.
                        """)
                .addParameter(long.class, "addr")
                .addCode(
                        """
                        // A negative address gives a negative index: out of range below.
                        long index = (addr >> PAGE_SHIFT) - originPfn;
                        if (!initialized || (addr & (PAGE_SIZE - 1)) != 0 || index < 0 || index >= spanIndex) {
                            return -1;
                        }
                        return allocatedOrderAt((int) index);
                        """)
                .build());
        type.addMethod(override("nextAllocatedBlock", long.class)
                .addJavadoc(
                        """
                        {@inheritDoc}

                        <p>Heap-free: per order one find-next over its allocated-head bitmap and summaries, from the
                        first slot at or after {@code fromAddr}; at most MAX_ORDER * 2 * LEVELS word reads.
                        """)
                .addParameter(long.class, "fromAddr")
                .addCode(
                        """
                        if (!initialized) {
                            return -1;
                        }
                        long from = Math.max(fromAddr, 0);
                        // The first whole page at or after from, as an index; shifting first cannot overflow.
                        long start = Math.max((from >> PAGE_SHIFT) + ((from & (PAGE_SIZE - 1)) == 0 ? 0 : 1) - originPfn, 0);
                        long best = spanIndex;
                        for (int k = 0; k < MAX_ORDER && start < best; k++) {
                            // Blocks of order k start at multiples of 2^k: the first such slot at or after start.
                            long slot = nextHead(allocAt, k, (start + (1L << k) - 1) >>> k);
                            if (slot >= 0) {
                                best = Math.min(best, slot << k);
                            }
                        }
                        return best < spanIndex ? (originPfn + best) << PAGE_SHIFT : -1;
                        """)
                .build());
        type.addMethod(override("freeBlocks", ParameterizedTypeName.get(List.class, Block.class))
                .addCode(
                        """
                        $T<$T> blocks = new $T<>();
                        if (initialized) {
                            for (int k = 0; k < MAX_ORDER; k++) {
                                long at = freeAt[k * LEVELS];
                                long slots = slots(spanIndex, k);
                                for (long s = nextSet(bits, at, 0, slots); s < slots; s = nextSet(bits, at, s + 1, slots)) {
                                    blocks.add(new $T($T.of((originPfn + (s << k)) << PAGE_SHIFT), k));
                                }
                            }
                        }
                        blocks.sort(null);
                        return $T.copyOf(blocks);
                        """,
                        List.class,
                        Block.class,
                        ArrayList.class,
                        Block.class,
                        PhysAddr.class,
                        List.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("metadataBytes")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "Bytes of metadata that grow with memory: the bitmaps. The rest is a few words per order"
                                        + " and per usable run.\n"))
                .returns(long.class)
                .addStatement("return 8L * bits.length")
                .build());
    }

    private static MethodSpec.Builder override(String name, Object returns) {
        TypeName type = returns instanceof TypeName t ? t : TypeName.get((Class<?>) returns);
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
    }

    private static void simple(TypeSpec.Builder type, String name, Class<?> returns, String statement) {
        CodeBlock body = statement.contains("$T")
                ? CodeBlock.of(statement, PhysAddr.class, PhysAddr.class)
                : CodeBlock.of(statement);
        type.addMethod(override(name, returns).addStatement(body).build());
    }
}
