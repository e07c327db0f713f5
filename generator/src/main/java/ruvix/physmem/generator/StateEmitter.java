package ruvix.physmem.generator;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The allocator's mutable state. Every field that depends on the memory map is replaced as a whole
 * by {@code init}, after the new state is fully built; statistics fields exist only when the
 * profile keeps statistics.
 */
final class StateEmitter {
    private StateEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        field(type, boolean.class, "initialized", "Whether a memory map is under management.");
        field(
                type,
                long.class,
                "originPfn",
                "The page of index 0: the lowest page aligned down to the largest block"
                        + " the map can hold, so that index alignment is absolute alignment.");
        field(type, int.class, "spanIndex", "Indices {@code [0, spanIndex)} cover every region.");
        field(type, long.class, "basePfn", "The first page of the lowest region.");
        field(type, long.class, "endPfn", "The first page after the highest region.");
        field(type, long.class, "totalPages", "Usable pages.");
        field(
                type,
                int[].class,
                "runStart",
                "Maximal runs of usable pages, {@code [runStart[r], runEnd[r])} in"
                        + " indices, ascending: what {@code reset} seeds and the invariant check walks.");
        field(type, int[].class, "runEnd", "See {@link #runStart}.");
        field(type, long[].class, "bits", "Every bitmap, at the bit offsets below.");
        field(
                type,
                long[].class,
                "freeAt",
                "Bit offset of level {@code l} of the free-head bitmap of order {@code k},"
                        + " at {@code [k * LEVELS + l]}. Level 0 has a bit per block slot of the order, set iff that block"
                        + " is free; level {@code l + 1} a bit per word of level {@code l}, set iff the word is non-zero.");
        field(type, int[].class, "topLevel", "The top level of each order's head bitmaps: a single word.");
        field(
                type,
                long[].class,
                "allocAt",
                "Bit offset of level {@code l} of the allocated-head bitmap of order {@code k}, at {@code [k * LEVELS"
                        + " + l]}, laid out as the free-head bitmap: level 0 has a bit per block slot, set iff that block"
                        + " is allocated, and summary levels above it.");
        field(type, long[].class, "freeBlocks", "Free blocks of each order, exact (I4).");
        field(type, int.class, "nonEmpty", "Bit {@code k} is set iff {@code freeBlocks[k] != 0}.");
        field(type, long.class, "freePages", "Pages in free blocks.");
        field(
                type,
                long.class,
                "minWatermark",
                "Free pages a non-critical allocation must leave; kept across init and reset.");
        field(type, long.class, "lowWatermark", "Free pages below which the allocator reports BELOW_LOW.");
        if (ctx.stats()) {
            field(type, long.class, "successfulAllocations", "Accepted allocation calls since init or reset.");
            field(type, long.class, "failedAllocations", "Rejected allocation calls since init or reset.");
            field(type, long.class, "frees", "Accepted frees since init or reset.");
            field(type, long.class, "rejectedFrees", "Rejected frees since init or reset.");
            field(type, long.class, "splits", "Block splits since init or reset.");
            field(type, long.class, "coalesces", "Buddy merges since init or reset.");
            field(type, long.class, "peakUsedPages", "The most pages in use at once since init or reset.");
            finalArray(type, "orderAllocations", "Accepted allocations of each order since init or reset.");
            finalArray(type, "orderFrees", "Accepted frees of each order since init or reset.");
            if (ctx.debug()) {
                field(
                        type,
                        long.class,
                        "seededFreeBlocks",
                        "Free blocks right after init or reset: with splits,"
                                + " coalesces, allocations and frees it predicts the free blocks now (I4).");
            }
        }
    }

    private static void field(TypeSpec.Builder type, Class<?> t, String name, String doc) {
        type.addField(FieldSpec.builder(TypeName.get(t), name, Modifier.PRIVATE)
                .addJavadoc("$L", Docs.wrap(doc))
                .build());
    }

    private static void finalArray(TypeSpec.Builder type, String name, String doc) {
        type.addField(FieldSpec.builder(long[].class, name, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L", Docs.wrap(doc))
                .initializer("new long[MAX_ORDER]")
                .build());
    }
}
