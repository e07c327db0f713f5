package ruvix.physmem.verification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The committed KeY proof scripts: {@code verification/proofs/<contract>.script}, one per
 * contract that auto mode alone does not close. A script runs on the same proof obligation as auto
 * mode (created from the contract, with the contract's settings profile); the contract counts as
 * closed by script only if no goal is left when the script ends.
 */
public final class ProofScripts {
    /** The scripts' folder, relative to the verification module. */
    public static final Path DIR = Path.of("proofs");

    private final Path dir;

    public ProofScripts(Path dir) {
        this.dir = dir;
    }

    /** The script of a contract (by KeY's contract name), if one is committed. */
    public Optional<Path> scriptFor(String contractName) {
        Path script = dir.resolve(fileName(contractName));
        return Files.isRegularFile(script) ? Optional.of(script) : Optional.empty();
    }

    /**
     * The file name of a contract's script: its short name with every run of other characters
     * than letters and digits made a dash, e.g. "alloc(int) #2" becomes "alloc-int-2.script".
     */
    public static String fileName(String contractName) {
        return KeyProverNames.fileStem(contractName) + ".script";
    }
}
