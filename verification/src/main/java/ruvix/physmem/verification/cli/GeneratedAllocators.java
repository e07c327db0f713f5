package ruvix.physmem.verification.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.model.ReferenceAllocator;
import ruvix.physmem.model.diff.AllocatorFactory;
import ruvix.physmem.model.diff.DifferentialSetup;

/**
 * The two sides of a comparison for a profile: the reference model with the profile's geometry,
 * and the allocator generated for it, found by its class name.
 */
final class GeneratedAllocators {
    private static final String PACKAGE = "ruvix.physmem.generated.";

    private GeneratedAllocators() {}

    /**
     * The model against the generated allocator of {@code profile} on {@code map}, with full
     * snapshots compared every {@code snapshotEvery} calls.
     *
     * @throws IllegalArgumentException if no allocator was generated for the profile
     */
    static DifferentialSetup setup(AllocatorProfile profile, MemoryMap map, int snapshotEvery) {
        return new DifferentialSetup(
                profile.name(), map, reference(profile), generated(profile), profile.stats(), snapshotEvery);
    }

    /** The reference allocator with the geometry and capacity of {@code profile}. */
    static AllocatorFactory reference(AllocatorProfile profile) {
        return map -> {
            ReferenceAllocator a = ReferenceAllocator.forProfile(profile);
            a.init(map);
            return a;
        };
    }

    /**
     * The generated allocator of {@code profile}.
     *
     * @throws IllegalArgumentException if no allocator was generated for it
     */
    static AllocatorFactory generated(AllocatorProfile profile) {
        Constructor<? extends PageAllocator> constructor;
        try {
            constructor = Class.forName(PACKAGE + profile.className())
                    .asSubclass(PageAllocator.class)
                    .getConstructor(MemoryMap.class);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("no generated allocator " + PACKAGE + profile.className()
                    + " for profile '" + profile.name() + "' (generate it: ./physmem generate --profile "
                    + profile.name() + ")");
        }
        return map -> {
            try {
                return constructor.newInstance(map);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
