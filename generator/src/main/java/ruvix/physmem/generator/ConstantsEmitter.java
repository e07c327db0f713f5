package ruvix.physmem.generator;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.PhysMemError;

/**
 * The profile folded into {@code static final} constants: geometry, capacity, and the primitive
 * error codes (computed here from {@link PhysMemError#code()}, so they cannot drift from it).
 */
final class ConstantsEmitter {
    /** The errors the primitive entry points return as codes; corruption is thrown instead. */
    static final List<PhysMemError> RETURNED_ERRORS = List.of(
            PhysMemError.OUT_OF_MEMORY,
            PhysMemError.ALLOCATION_TOO_LARGE,
            PhysMemError.ZERO_ALLOCATION,
            PhysMemError.UNALIGNED_ADDRESS,
            PhysMemError.ADDRESS_OUT_OF_RANGE,
            PhysMemError.NOT_ALLOCATED,
            PhysMemError.SIZE_MISMATCH,
            PhysMemError.NOT_INITIALIZED,
            PhysMemError.INVALID_ORDER);

    private ConstantsEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        AllocatorProfile p = ctx.profile();
        Geometry g = ctx.geometry();
        type.addField(constant(int.class, "PAGE_SHIFT", "$L", p.pageShift(), true, "log2 of the page size."));
        type.addField(constant(long.class, "PAGE_SIZE", "$LL", p.pageSize(), true, "Bytes per page."));
        type.addField(constant(
                int.class, "MAX_ORDER", "$L", p.maxOrder(), true, "Exclusive bound on block orders, as the crate's."));
        type.addField(constant(int.class, "TOP_ORDER", "$L", g.topOrder(), true, "The largest block order."));
        type.addField(constant(
                long.class,
                "MAX_BLOCK_PAGES",
                "$LL",
                p.maxBlockPages(),
                true,
                "Pages in a block of the largest order."));
        type.addField(constant(
                long.class,
                "CAPACITY_PAGES",
                "$LL",
                p.capacityPages(),
                true,
                "The largest span of pages, lowest to highest page of the map, this allocator accepts."));
        type.addField(constant(
                int.class,
                "LEVELS",
                "$L",
                g.levels(),
                false,
                "Levels of the largest free-head bitmap a map within capacity needs (order 0, " + g.maxSpan()
                        + " indices), summaries included: the bound of every bitmap search and update."));
        for (PhysMemError error : RETURNED_ERRORS) {
            type.addField(FieldSpec.builder(int.class, error.name(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The primitive code of {@link $T#$L}.", PhysMemError.class, error.name())
                    .initializer("$L", error.code())
                    .build());
        }
    }

    private static FieldSpec constant(
            Class<?> type, String name, String format, Object value, boolean isPublic, String doc) {
        FieldSpec.Builder field = FieldSpec.builder(type, name, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", Docs.wrap(doc))
                .initializer(format, value);
        field.addModifiers(isPublic ? Modifier.PUBLIC : Modifier.PRIVATE);
        return field.build();
    }
}
