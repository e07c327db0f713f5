package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ruvix.physmem.ShippedProfiles;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheAllocatorOfAProfileFile() throws Exception {
        Path profile = dir.resolve("tiny.yaml");
        try (var in = ShippedProfiles.class.getResourceAsStream("/ruvix/physmem/profiles/tiny.yaml")) {
            Files.write(profile, in.readAllBytes());
        }
        Path out = dir.resolve("out");
        assertEquals(0, GenerateCommand.run("--profile", profile.toString(), "--out", out.toString()));
        Path written = out.resolve("ruvix/physmem/generated/TinyAllocator.java");
        assertEquals(
                AllocatorGenerator.generate(ShippedProfiles.load("tiny")).text(),
                Files.readString(written, StandardCharsets.UTF_8));
        assertEquals(1, fileCount(out), "no temporary file left behind");
    }

    @Test
    void writesEveryShippedProfile() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, GenerateCommand.run("--all", "--out", out.toString()));
        assertEquals(ShippedProfiles.NAMES.size(), fileCount(out));
    }

    @Test
    void invalidProfileExitsTwoNamingFileFieldReasonAndWritesNothing() throws Exception {
        Path profile = dir.resolve("bad.yaml");
        Files.writeString(profile, "name: bad\npageShift: 11\nmaxOrder: 10\ncapacityPages: 64\n");
        Path out = dir.resolve("out");
        String err = captureErr(
                () -> assertEquals(2, GenerateCommand.run("--profile", profile.toString(), "--out", out.toString())));
        assertTrue(err.contains(profile.toString()), err);
        assertTrue(err.contains("pageShift"), err);
        assertTrue(err.contains("between 12 and 16"), err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void badUsageExitsTwo() {
        captureErr(() -> {
            assertEquals(2, GenerateCommand.run("--out", dir.toString()));
            assertEquals(2, GenerateCommand.run("--all"));
            assertEquals(2, GenerateCommand.run("--all", "--profile", "x.yaml", "--out", dir.toString()));
        });
    }

    @Test
    void missingProfileFileExitsTwo() {
        String err = captureErr(() -> assertEquals(
                2, GenerateCommand.run("--profile", dir.resolve("nope.yaml").toString(), "--out", dir.toString())));
        assertTrue(err.contains("nope.yaml"), err);
    }

    private static long fileCount(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String captureErr(Runnable body) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
