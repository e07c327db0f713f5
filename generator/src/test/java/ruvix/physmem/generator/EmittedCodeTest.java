package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.ProfileException;
import ruvix.physmem.ShippedProfiles;

/** Properties of the emitted text that the contract fixes, over every shipped profile. */
class EmittedCodeTest {
    private static final List<String> STATS_IDENTIFIERS = List.of(
            "successfulAllocations",
            "failedAllocations",
            "rejectedFrees",
            "splits",
            "coalesces",
            "peakUsedPages",
            "orderAllocations",
            "orderFrees",
            "clearCounters");

    @Test
    void regeneratingGivesIdenticalBytes() throws ProfileException {
        for (AllocatorProfile p : ShippedProfiles.loadAll()) {
            assertEquals(
                    AllocatorGenerator.generate(p).text(),
                    AllocatorGenerator.generate(p).text(),
                    p.name());
        }
    }

    @Test
    void headerNamesProfileHashAndGeneratorVersion() throws ProfileException {
        for (AllocatorProfile p : ShippedProfiles.loadAll()) {
            String text = AllocatorGenerator.generate(p).text();
            String header = text.substring(0, text.indexOf("package "));
            assertTrue(header.contains("profile " + p.name() + " "), header);
            assertTrue(header.replace("\n// ", " ").contains(ProfileFingerprint.sha256(p)), header);
            assertTrue(header.contains("physmem-generator " + GeneratorVersion.VALUE), header);
            assertTrue(header.contains(AllocatorGenerator.REGENERATE_COMMAND), header);
        }
    }

    @Test
    void annotationFreeButOverride() throws ProfileException {
        Pattern annotation = Pattern.compile("^\\s*@(\\w+)", Pattern.MULTILINE);
        for (AllocatorProfile p : ShippedProfiles.loadAll()) {
            Matcher m = annotation.matcher(code(AllocatorGenerator.generate(p).text()));
            while (m.find()) {
                assertEquals("Override", m.group(1), p.name());
            }
        }
    }

    @Test
    void importsNothingButTheJdkAndTheSpec() throws ProfileException {
        Pattern imports = Pattern.compile("^import (static )?([\\w.]+)\\.\\w+;", Pattern.MULTILINE);
        for (AllocatorProfile p : ShippedProfiles.loadAll()) {
            Matcher m = imports.matcher(AllocatorGenerator.generate(p).text());
            List<String> packages = new ArrayList<>();
            while (m.find()) {
                packages.add(m.group(2));
            }
            assertFalse(packages.isEmpty());
            for (String pkg : packages) {
                assertTrue(pkg.equals("ruvix.physmem") || pkg.startsWith("java.util"), p.name() + " imports " + pkg);
            }
        }
    }

    @Test
    void statisticsOffLeaveNoTrace() throws ProfileException {
        AllocatorProfile lean = ShippedProfiles.load("granule-64k");
        assertFalse(lean.stats());
        String leanCode = code(AllocatorGenerator.generate(lean).text());
        String fullCode =
                code(AllocatorGenerator.generate(withStats(lean, true)).text());
        for (String identifier : STATS_IDENTIFIERS) {
            assertFalse(
                    Pattern.compile("\\b" + identifier + "\\b")
                            .matcher(leanCode)
                            .find(),
                    identifier);
            assertTrue(
                    Pattern.compile("\\b" + identifier + "\\b")
                            .matcher(fullCode)
                            .find(),
                    identifier);
        }
    }

    @Test
    void onlyDebugProfilesCheckInvariants() throws ProfileException {
        for (AllocatorProfile p : ShippedProfiles.loadAll()) {
            String text = AllocatorGenerator.generate(p).text();
            assertEquals(p.debugAlloc(), text.contains("verifyInvariants()"), p.name());
            assertEquals(p.debugAlloc(), text.contains("INTERNAL_CORRUPTION"), p.name());
        }
    }

    @Test
    void profileConstantsAreFoldedIn() throws ProfileException {
        AllocatorProfile p = ShippedProfiles.load("granule-16k");
        String text = AllocatorGenerator.generate(p).text();
        assertTrue(text.contains("public static final int PAGE_SHIFT = 14;"), "page shift");
        assertTrue(text.contains("public static final int MAX_ORDER = 12;"), "orders");
        assertTrue(text.contains("public static final long CAPACITY_PAGES = 1048576L;"), "capacity");
        assertTrue(text.contains("private static final int LEVELS = 4;"), "bitmap levels");
    }

    @Test
    void withProfileMapOnlyWhenTheProfileHasAMap() throws ProfileException {
        AllocatorProfile p = ShippedProfiles.load("qemu-virt");
        assertTrue(AllocatorGenerator.generate(p).text().contains("withProfileMap()"));
        AllocatorProfile bare = new AllocatorProfile(
                p.name(),
                p.description(),
                p.pageShift(),
                p.maxOrder(),
                p.capacityPages(),
                true,
                false,
                Optional.empty());
        String text = AllocatorGenerator.generate(bare).text();
        assertFalse(text.contains("withProfileMap"));
        assertFalse(text.contains("profileMap"));
    }

    /** The text without comments, so that javadoc prose does not count as code. */
    private static String code(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    private static AllocatorProfile withStats(AllocatorProfile p, boolean stats) {
        return new AllocatorProfile(
                p.name(),
                p.description(),
                p.pageShift(),
                p.maxOrder(),
                p.capacityPages(),
                stats,
                p.debugAlloc(),
                p.defaultMap());
    }
}
