package ruvix.physmem.verification.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.ProfileException;
import ruvix.physmem.ProfileLoader;
import ruvix.physmem.ShippedProfiles;

/** Resolves a {@code --profile} argument: the name of a shipped profile, or a YAML file. */
final class Profiles {
    private Profiles() {}

    static AllocatorProfile resolve(String nameOrFile) throws ProfileException {
        if (ShippedProfiles.NAMES.contains(nameOrFile)) {
            return ShippedProfiles.load(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".yaml") || Files.exists(file)) {
            return ProfileLoader.load(file);
        }
        return ShippedProfiles.load(nameOrFile);
    }
}
