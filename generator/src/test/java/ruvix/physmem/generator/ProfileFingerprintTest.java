package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.ProfileLoader;

class ProfileFingerprintTest {
    private static final String YAML =
            """
            name: fp
            description: fingerprint test
            pageShift: 12
            maxOrder: 10
            capacityPages: 4096
            features: { stats: true, debug-alloc: false }
            memoryMap:
              regions: [ { base: 0x1000_0000, pages: 1024 } ]
              reserved: [ { start: 0x1000_0000, end: 0x1000_0800, label: boot } ]
            """;

    @Test
    void canonicalFormListsEveryField() throws Exception {
        AllocatorProfile p = ProfileLoader.parse("fp.yaml", YAML);
        assertEquals(
                """
                name=fp
                description=fingerprint test
                pageShift=12
                maxOrder=10
                capacityPages=4096
                stats=true
                debugAlloc=false
                region=0x10000000,1024
                reserved=0x10000000,0x10000800,boot
                """,
                ProfileFingerprint.canonicalForm(p));
        assertTrue(ProfileFingerprint.sha256(p).matches("[0-9a-f]{64}"));
    }

    @Test
    void spellingDoesNotChangeTheHashButEveryFieldDoes() throws Exception {
        String base = ProfileFingerprint.sha256(ProfileLoader.parse("fp.yaml", YAML));
        String respelled = YAML.replace("0x1000_0000, pages: 1024", "268435456, pages: 0x400") + "# a comment\n";
        assertEquals(base, ProfileFingerprint.sha256(ProfileLoader.parse("fp.yaml", respelled)));
        for (String[] change : new String[][] {
            {"maxOrder: 10", "maxOrder: 9"},
            {"capacityPages: 4096", "capacityPages: 4097"},
            {"stats: true", "stats: false"},
            {"debug-alloc: false", "debug-alloc: true"},
            {"pages: 1024", "pages: 1023"},
            {"label: boot", "label: firmware"},
            {"description: fingerprint test", "description: other"}
        }) {
            String changed =
                    ProfileFingerprint.sha256(ProfileLoader.parse("fp.yaml", YAML.replace(change[0], change[1])));
            assertNotEquals(base, changed, change[1]);
        }
    }
}
