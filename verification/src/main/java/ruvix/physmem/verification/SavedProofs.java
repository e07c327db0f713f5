package ruvix.physmem.verification;

import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.init.KeYUserProblemFile;
import de.uka.ilkd.key.proof.io.IntermediatePresentationProofFileParser;
import de.uka.ilkd.key.proof.io.IntermediateProofReplayer;
import de.uka.ilkd.key.proof.io.ProofSaver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The committed saved proofs: {@code verification/proofs/<contract>.proof.gz}, the rule
 * applications of a proof that a search (auto mode or the contract's script) once found. A run
 * replays them on the contract's proof obligation instead of searching again: KeY checks every
 * rule application as it replays it, so a replayed proof is as strong as a searched one, and it
 * costs a small part of the search. A saved proof that no longer fits the obligation (the core
 * changed) does not close, and the run falls back to the search. Each file starts with one comment
 * line that records how its proof was found, because a mutant's budget is set by that search.
 */
public final class SavedProofs {
    /**
     * Proofs below this size usually search in a few seconds: a file of their own would cost more
     * review than the time it saves.
     */
    public static final int MIN_NODES = 3_000;

    /**
     * A search at least this long is saved whatever its size: some small proofs take a long search
     * (many instantiations tried and dropped), and their replay takes a second.
     */
    public static final long MIN_SEARCH_MILLIS = 5_000;

    private static final String HEADER = "// physmem saved proof:";
    private static final Pattern FIELD = Pattern.compile("([a-z-]+)=(\\S+)");
    private static final String PROOF_SECTION = "\\proof {";
    private static final Pattern KEY_USER = Pattern.compile("\\(keyUser \"[^\"]*\" ?\\)");

    private final Path dir;
    private final int minNodes;

    /** The saved proofs in {@code dir}; see {@link #worthSaving} for which searches are saved. */
    public SavedProofs(Path dir) {
        this(dir, MIN_NODES);
    }

    SavedProofs(Path dir, int minNodes) {
        this.dir = dir;
        this.minNodes = minNodes;
    }

    /**
     * Whether a search's proof is worth a file: at least {@link #MIN_NODES} nodes (as configured) or
     * at least {@link #MIN_SEARCH_MILLIS} ms of search.
     */
    boolean worthSaving(int nodes, long searchMillis) {
        return nodes >= minNodes || searchMillis >= MIN_SEARCH_MILLIS;
    }

    /**
     * How a saved proof was found.
     *
     * @param foundBy "auto", or "script:" and the script's file name
     * @param profile the settings profile of the search
     * @param searchMillis the search's wall-clock time
     * @param nodes the proof's size in nodes
     */
    public record Origin(String foundBy, String profile, long searchMillis, int nodes) {
        String header() {
            return String.format(
                    "%s found-by=%s profile=%s search-millis=%d nodes=%d",
                    HEADER, foundBy, profile, searchMillis, nodes);
        }

        static Origin parse(String line, Path file) {
            if (!line.startsWith(HEADER)) {
                throw new IllegalArgumentException(file.getFileName() + ": first line is not \"" + HEADER + " ...\"");
            }
            Map<String, String> fields = new HashMap<>();
            Matcher m = FIELD.matcher(line.substring(HEADER.length()));
            while (m.find()) {
                fields.put(m.group(1), m.group(2));
            }
            try {
                return new Origin(
                        required(fields, "found-by", file),
                        required(fields, "profile", file),
                        Long.parseLong(required(fields, "search-millis", file)),
                        Integer.parseInt(required(fields, "nodes", file)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
            }
        }

        private static String required(Map<String, String> fields, String key, Path file) {
            String v = fields.get(key);
            if (v == null) {
                throw new IllegalArgumentException(file.getFileName() + ": header has no " + key + "=");
            }
            return v;
        }
    }

    /** The saved proof of a contract (by KeY's contract name), if one is committed. */
    public Optional<Path> savedFor(String contractName) {
        Path file = dir.resolve(fileName(contractName));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The file name of a contract's saved proof, e.g. "take(int) #2" becomes "take-int-2.proof.gz". */
    public static String fileName(String contractName) {
        return KeyProverNames.fileStem(contractName) + ".proof.gz";
    }

    /** The saved proof files in the folder, by file name (empty if the folder does not exist). */
    public List<String> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".proof.gz"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** How the saved proof in {@code file} was found (its first line). */
    public static Origin origin(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String text = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            int eol = text.indexOf('\n');
            return Origin.parse(eol < 0 ? text : text.substring(0, eol), file);
        }
    }

    /**
     * Replays the saved proof in {@code file} on {@code proof}, a fresh proof of the same contract.
     * Returns the reasons it did not replay in full (empty when every step applied); whether the
     * proof closed is the proof's own state afterwards.
     */
    static List<String> replay(Path file, Proof proof) {
        List<String> problems = new ArrayList<>();
        Path plain = null;
        try {
            origin(file);
            // KeY's reader takes a plain .proof file: decompress next to nothing else, read, delete.
            plain = Files.createTempFile("physmem-replay", ".proof");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                Files.copy(in, plain, StandardCopyOption.REPLACE_EXISTING);
            }
            IntermediatePresentationProofFileParser parser = new IntermediatePresentationProofFileParser(proof);
            new KeYUserProblemFile(
                            file.getFileName().toString(),
                            plain.toFile(),
                            null,
                            proof.getServices().getProfile())
                    .readProof(parser);
            problems.addAll(parser.getErrors().stream().map(String::valueOf).toList());
            IntermediateProofReplayer replayer = new IntermediateProofReplayer(null, proof, parser.getResult());
            replayer.replay(null, null);
            problems.addAll(replayer.getErrors().stream().map(String::valueOf).toList());
        } catch (IOException | RuntimeException e) {
            problems.add(file.getFileName() + " does not replay: " + e);
        }
        if (plain != null) {
            try {
                Files.deleteIfExists(plain);
            } catch (IOException e) {
                problems.add("the decompressed copy " + plain + " of " + file.getFileName() + " was not deleted: " + e);
            }
        }
        return problems;
    }

    /**
     * Saves the closed {@code proof} as the saved proof of {@code contractName}: its proof section
     * only (no settings or source paths, which the run supplies), after a header recording {@code
     * origin}. Written to a temporary file first and moved into place, so no partial file is left.
     */
    void save(Proof proof, String contractName, Origin origin) throws IOException {
        Files.createDirectories(dir);
        Path full = Files.createTempFile("physmem-save", ".proof");
        Path target = dir.resolve(fileName(contractName));
        Path partial = dir.resolve(fileName(contractName) + ".part");
        try {
            String error = new ProofSaver(proof, full.toFile()).save();
            if (error != null) {
                throw new IOException("KeY could not save the proof of " + contractName + ": " + error);
            }
            String text = Files.readString(full);
            int section = text.indexOf(PROOF_SECTION);
            if (section < 0) {
                throw new IOException("KeY's saved proof of " + contractName + " has no proof section");
            }
            // KeY logs the account that ran the search; the file should not depend on who saved it.
            String body = KEY_USER.matcher(text.substring(section)).replaceFirst("(keyUser \"physmem\")");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
                out.write((origin.header() + "\n").getBytes(StandardCharsets.UTF_8));
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteAfterFailure(e, full, partial);
            throw e;
        }
        Files.deleteIfExists(full);
    }

    /** Removes the saved proof of {@code contractName}, if there is one. */
    void remove(String contractName) throws IOException {
        Files.deleteIfExists(dir.resolve(fileName(contractName)));
    }

    /**
     * Deletes the temporary files of a save that failed; a file that cannot be deleted is added to
     * the failure as suppressed, so the reason the save failed is the one reported.
     */
    private static void deleteAfterFailure(Exception failure, Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
