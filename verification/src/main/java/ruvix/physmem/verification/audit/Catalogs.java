package ruvix.physmem.verification.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads {@code spec/adr-087/requirements.yaml} and {@code spec/invariants.yaml}, strictly. */
public final class Catalogs {
    public static final Path REQUIREMENTS = Path.of("spec", "adr-087", "requirements.yaml");
    public static final Path INVARIANTS = Path.of("spec", "invariants.yaml");
    private static final Set<String> STATUSES = Set.of("met", "deferred", "beyond");

    private Catalogs() {}

    public static List<Requirement> requirements(Path root) throws CatalogException {
        Path file = root.resolve(REQUIREMENTS);
        List<Requirement> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map<?, ?> entry : entries(file, "requirements")) {
            String id = text(file, entry, "id", "?");
            if (!ids.add(id)) {
                throw new CatalogException(file + ": " + id + ": duplicate id");
            }
            String title = text(file, entry, "title", id);
            String statement = text(file, entry, "statement", id);
            String source = text(file, entry, "source", id);
            String applies = text(file, entry, "applies", id);
            String status = text(file, entry, "status", id);
            if (!STATUSES.contains(status)) {
                throw new CatalogException(
                        file + ": " + id + ": status must be one of " + STATUSES + ", got '" + status + "'");
            }
            List<Evidence> evidence = evidence(file, entry, "evidence", id);
            if (evidence.isEmpty()) {
                throw new CatalogException(file + ": " + id + ": no evidence");
            }
            out.add(new Requirement(
                    id,
                    title,
                    statement,
                    source,
                    applies,
                    status,
                    evidence,
                    entry.containsKey("notes") ? text(file, entry, "notes", id) : ""));
        }
        return out;
    }

    public static List<Invariant> invariants(Path root) throws CatalogException {
        Path file = root.resolve(INVARIANTS);
        List<Invariant> out = new ArrayList<>();
        for (Map<?, ?> entry : entries(file, "invariants")) {
            String id = text(file, entry, "id", "?");
            out.add(new Invariant(
                    id,
                    text(file, entry, "name", id),
                    text(file, entry, "statement", id),
                    evidence(file, entry, "proved", id),
                    evidence(file, entry, "tested", id)));
        }
        return out;
    }

    private static List<Map<?, ?>> entries(Path file, String key) throws CatalogException {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(file.toString()).build())
                    .loadFromString(Files.readString(file));
        } catch (IOException e) {
            throw new CatalogException(file + ": cannot be read: " + e.getMessage());
        } catch (YamlEngineException e) {
            throw new CatalogException(file + ": " + e.getMessage().replace('\n', ' '));
        }
        if (!(doc instanceof Map<?, ?> top) || !(top.get(key) instanceof List<?> list)) {
            throw new CatalogException(file + ": expected a top-level '" + key + "' list");
        }
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new CatalogException(file + ": every entry of '" + key + "' must be a mapping");
            }
            out.add(m);
        }
        return out;
    }

    private static String text(Path file, Map<?, ?> entry, String key, String id) throws CatalogException {
        if (!(entry.get(key) instanceof String s) || s.isBlank()) {
            throw new CatalogException(file + ": " + id + ": '" + key + "' must be a non-empty string");
        }
        return s.strip();
    }

    private static List<Evidence> evidence(Path file, Map<?, ?> entry, String key, String id) throws CatalogException {
        if (!(entry.get(key) instanceof List<?> list)) {
            throw new CatalogException(file + ": " + id + ": '" + key + "' must be a list");
        }
        List<Evidence> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || m.size() != 1) {
                throw new CatalogException(file + ": " + id + ": each " + key + " entry is one 'kind: target'");
            }
            Map.Entry<?, ?> e = m.entrySet().iterator().next();
            Evidence.Kind kind;
            try {
                kind = Evidence.Kind.valueOf(String.valueOf(e.getKey()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new CatalogException(file + ": " + id + ": unknown evidence kind '" + e.getKey() + "'");
            }
            if (!(e.getValue() instanceof String target) || target.isBlank()) {
                throw new CatalogException(file + ": " + id + ": " + e.getKey() + " needs a target");
            }
            out.add(new Evidence(kind, target.strip()));
        }
        return out;
    }
}
