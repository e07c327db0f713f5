package ruvix.physmem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The profiles shipped in {@code spec/profiles/}, packaged with the spec module so that tools
 * find them without a checkout.
 */
public final class ShippedProfiles {
    /** The shipped profile names, the default first. */
    public static final List<String> NAMES =
            List.of("crate-default", "qemu-virt", "rpi4", "granule-16k", "granule-64k", "tiny");

    /** The profile used when none is named. */
    public static final String DEFAULT = "crate-default";

    private static final String RESOURCE_DIR = "/ruvix/physmem/profiles/";

    private ShippedProfiles() {}

    /** Loads the shipped profile {@code name}. */
    public static AllocatorProfile load(String name) throws ProfileException {
        if (!NAMES.contains(name)) {
            throw new ProfileException(
                    name, "name", "no shipped profile of that name (shipped: " + String.join(", ", NAMES) + ")");
        }
        String resource = RESOURCE_DIR + name + ".yaml";
        try (InputStream in = ShippedProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProfileException(resource, "(file)", "missing from the spec jar");
            }
            AllocatorProfile profile =
                    ProfileLoader.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!profile.name().equals(name)) {
                throw new ProfileException(resource, "name", "'" + profile.name() + "' does not match the file name");
            }
            return profile;
        } catch (IOException e) {
            throw new ProfileException(resource, "(file)", "cannot be read: " + e.getMessage());
        }
    }

    /** Loads every shipped profile, in {@link #NAMES} order. */
    public static List<AllocatorProfile> loadAll() throws ProfileException {
        List<AllocatorProfile> all = new ArrayList<>();
        for (String name : NAMES) {
            all.add(load(name));
        }
        return all;
    }
}
