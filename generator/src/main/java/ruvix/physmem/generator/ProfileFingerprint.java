package ruvix.physmem.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;

/**
 * The SHA-256 of a profile's canonical form, named in the header of every generated file. The
 * canonical form is one {@code key=value} line per field, in this order: {@code name},
 * {@code description}, {@code pageShift}, {@code maxOrder}, {@code capacityPages}, {@code stats},
 * {@code debugAlloc}, then one {@code region=0x<base>,<pages>} line per region and one
 * {@code reserved=0x<start>,0x<end>,<label>} line per reserved range, both sorted by address,
 * numbers in lower-case hexadecimal or decimal as shown, each line ending in {@code \n}.
 * Comments, key order and number spelling of the YAML file do not change it; every field the
 * generator reads does.
 */
public final class ProfileFingerprint {
    private ProfileFingerprint() {}

    /** The canonical form of {@code profile}. */
    public static String canonicalForm(AllocatorProfile profile) {
        StringBuilder s = new StringBuilder();
        line(s, "name", profile.name());
        line(s, "description", profile.description());
        line(s, "pageShift", Integer.toString(profile.pageShift()));
        line(s, "maxOrder", Integer.toString(profile.maxOrder()));
        line(s, "capacityPages", Long.toString(profile.capacityPages()));
        line(s, "stats", Boolean.toString(profile.stats()));
        line(s, "debugAlloc", Boolean.toString(profile.debugAlloc()));
        if (profile.defaultMap().isPresent()) {
            MemoryMap map = profile.defaultMap().get();
            for (MemoryMap.Region r : map.regions()) {
                line(s, "region", "0x" + Long.toHexString(r.base()) + "," + r.pages());
            }
            for (MemoryMap.Reserved r : map.reserved()) {
                line(
                        s,
                        "reserved",
                        "0x" + Long.toHexString(r.start()) + ",0x" + Long.toHexString(r.end()) + "," + r.label());
            }
        }
        return s.toString();
    }

    /** The lower-case hexadecimal SHA-256 of {@link #canonicalForm}. */
    public static String sha256(AllocatorProfile profile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm(profile).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static void line(StringBuilder s, String key, String value) {
        s.append(key).append('=').append(value).append('\n');
    }
}
