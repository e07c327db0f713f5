package ruvix.physmem.verification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A deliberate bug in the core: a textual patch of BuddyModel.java that must apply exactly once,
 * and the contracts KeY must then fail to prove.
 *
 * @param targets contract-name fragments (as in {@link KeyProverNames#shortName}, e.g.
 *     "alloc(int) #2") that should catch it
 */
public record CoreMutant(String id, String description, String find, String replace, java.util.List<String> targets) {

    /** Copies the core to {@code into} and applies the patch there; fails unless it matches once. */
    public Path applyTo(Path coreFolder, Path into) throws IOException {
        CoreFiles.copyTree(coreFolder, into);
        Path model = into.resolve(CoreFiles.MODEL_FILE);
        String source = Files.readString(model);
        int first = source.indexOf(find);
        if (first < 0 || source.indexOf(find, first + 1) >= 0) {
            throw new IllegalStateException("mutant " + id + ": the patch must match exactly once, matched "
                    + (first < 0 ? "never" : "more than once"));
        }
        Files.writeString(model, source.substring(0, first) + replace + source.substring(first + find.length()));
        return into;
    }

    public boolean targets(String contractName) {
        String shortName = KeyProverNames.shortName(contractName);
        return targets.stream().anyMatch(shortName::equals);
    }
}
