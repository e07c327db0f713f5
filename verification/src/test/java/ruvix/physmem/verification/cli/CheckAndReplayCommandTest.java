package ruvix.physmem.verification.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.ShippedProfiles;

class CheckAndReplayCommandTest {
    private static final String TRACE =
            """
            physmem-trace 1
            profile tiny
            page-shift 12
            region 0x10000000 16
            reserved 0x10003000 0x10004000 kernel
            alloc 1
            alloc 4
            free 0x10000000 1
            alloc 2
            """;

    @Test
    void checkAgreesOnTheTinyProfile() {
        CommandLineHarness r = CommandLineHarness.run("check", "--profile", "tiny", "--ops", "5000", "--seed", "3");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("compared     5000 calls"));
        assertTrue(r.out().contains("no divergence"));
        assertTrue(r.out().contains("NOT_ALLOCATED"), "hostile calls are part of the run");
    }

    @Test
    void checkSamplesLargeBoardMapsKeepingTheirShape() throws Exception {
        MemoryMap full = ShippedProfiles.load("rpi4").defaultMap().orElseThrow();
        MemoryMap sample = SampleMaps.forProfile(ShippedProfiles.load("rpi4"));
        assertEquals(full.regions().size(), sample.regions().size());
        assertTrue(sample.spanPages() <= 2 * SampleMaps.PAGES_PER_REGION + 1024);
        assertEquals(full.regions().get(0).base(), sample.regions().get(0).base());
        assertEquals(0, sample.regions().get(1).base() % (2L << 20), "moved by whole 2 MiB blocks");
        assertEquals(2, sample.reserved().size(), "the reservations inside the kept pages");
        assertEquals(
                ShippedProfiles.load("tiny").defaultMap().orElseThrow(),
                SampleMaps.forProfile(ShippedProfiles.load("tiny")));
    }

    @Test
    void checkRejectsBadArguments() {
        CommandLineHarness ops = CommandLineHarness.run("check", "--ops", "0");
        assertEquals(ExitCodes.USAGE, ops.exitCode());
        assertEquals("physmem: --ops must be at least 1, got 0", ops.err().strip());
        CommandLineHarness profile = CommandLineHarness.run("check", "--profile", "pdp-11");
        assertEquals(ExitCodes.USAGE, profile.exitCode());
        assertTrue(profile.err().startsWith("physmem: invalid profile: pdp-11: name: no shipped profile"));
        CommandLineHarness notNumber = CommandLineHarness.run("check", "--seed", "x");
        assertEquals(ExitCodes.USAGE, notNumber.exitCode());
    }

    @Test
    void checkNeedsAGeneratedAllocator(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("board.yaml");
        Files.writeString(profile, "name: board\npageShift: 12\nmaxOrder: 3\ncapacityPages: 64\n");
        CommandLineHarness r = CommandLineHarness.run("check", "--profile", profile.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("no generated allocator ruvix.physmem.generated.BoardAllocator"), r.err());
    }

    @Test
    void replayPrintsEveryStepAndTheMap(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.trace");
        Files.writeString(trace, TRACE);
        CommandLineHarness r = CommandLineHarness.run("replay", trace.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("alloc 1"));
        assertTrue(r.out().contains("-> 0x10002000"), "the single page left by the reservation comes first");
        assertTrue(r.out().contains("free 0x10000000 1                -> NOT_ALLOCATED"), "a never-allocated page");
        assertTrue(r.out().contains("|###x####33333333|"), r.out());
        assertTrue(r.out().contains("agreed on every call"));
    }

    @Test
    void replayRejectsBadFilesWithOneLine(@TempDir Path dir) throws Exception {
        CommandLineHarness missing =
                CommandLineHarness.run("replay", dir.resolve("absent.trace").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().startsWith("physmem: cannot read "));
        Path bad = dir.resolve("bad.trace");
        Files.writeString(bad, "physmem-trace 1\nprofile tiny\npage-shift 12\nregion 0x10000000 16\nalloc many\n");
        CommandLineHarness malformed = CommandLineHarness.run("replay", bad.toString());
        assertEquals(ExitCodes.USAGE, malformed.exitCode());
        assertEquals(
                "physmem: invalid trace: " + bad + ":5: not a number: 'many'",
                malformed.err().strip());
        Path wrongGeometry = dir.resolve("geometry.trace");
        Files.writeString(
                wrongGeometry,
                TRACE.replace("page-shift 12", "page-shift 16")
                        .replace("0x10003000 0x10004000", "0x10030000 0x10040000"));
        CommandLineHarness geometry = CommandLineHarness.run("replay", wrongGeometry.toString());
        assertEquals(ExitCodes.USAGE, geometry.exitCode());
        assertTrue(geometry.err().contains("65536-byte pages"), geometry.err());
        CommandLineHarness none = CommandLineHarness.run("replay");
        assertEquals(ExitCodes.USAGE, none.exitCode());
    }
}
