package ruvix.physmem.verification.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ruvix.physmem.ShippedProfiles;

class ProfilesCommandTest {

    @Test
    void summarizesEveryShippedProfile() {
        CommandLineHarness r = CommandLineHarness.run("profiles");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        for (String name : ShippedProfiles.NAMES) {
            assertTrue(r.out().contains(name), name);
        }
        assertTrue(r.out().contains("6 profile(s) valid."));
        assertTrue(r.out().contains("64K"), "granule-64k's page size is shown in units");
    }

    @Test
    void validatesAFileOfTheUsers(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("board.yaml");
        Files.writeString(good, "name: board\npageShift: 12\nmaxOrder: 3\ncapacityPages: 8\n");
        CommandLineHarness r = CommandLineHarness.run("profiles", good.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("board"));
    }

    @Test
    void anInvalidProfileIsOneLineNamingFileFieldAndReason(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\npageShift: 40\nmaxOrder: 3\ncapacityPages: 8\n");
        CommandLineHarness r = CommandLineHarness.run("profiles", bad.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(
                "physmem: invalid profile: " + bad + ": pageShift: must be between 12 and 16, got 40",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void usageErrorsAreOneLineWithExitCodeTwo() {
        CommandLineHarness unknown = CommandLineHarness.run("--bogus");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertEquals(1, unknown.err().strip().lines().count());
        assertTrue(unknown.err().contains("--bogus"));
        CommandLineHarness none = CommandLineHarness.run();
        assertEquals(ExitCodes.USAGE, none.exitCode());
        assertTrue(none.err().contains("missing subcommand"));
        CommandLineHarness help = CommandLineHarness.run("--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        assertTrue(help.out().contains("profiles"));
    }
}
