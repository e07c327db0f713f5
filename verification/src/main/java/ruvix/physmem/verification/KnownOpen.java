package ruvix.physmem.verification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The committed list of contracts that do not close yet, with the reason for each:
 * {@code verification/src/test/resources/known-open.txt}, one {@code contract | reason} a line,
 * {@code #} starting a comment line. The proofs report these as OPEN, never as passed.
 */
public final class KnownOpen {
    /** The list's place, relative to the verification module. */
    public static final Path FILE = Path.of("src", "test", "resources", "known-open.txt");

    private KnownOpen() {}

    /** Contract name to reason; empty if the file does not exist. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return result;
        }
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf(" | ");
            if (bar < 0) {
                throw new IOException(file + ":" + lineNo + ": expected 'contract | reason', got: " + line);
            }
            result.put(line.substring(0, bar).trim(), line.substring(bar + 3).trim());
        }
        return result;
    }
}
