package ruvix.physmem;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads and validates allocator profiles (YAML). Every error is a {@link ProfileException} that
 * names the source, the field and the reason; unknown keys are errors. Reading never writes.
 *
 * <pre>
 * name: qemu-virt                 # kebab-case, equal to the file name
 * description: QEMU virt board, 128 MiB of RAM
 * pageShift: 12                   # 12..16
 * maxOrder: 10                    # 1..16: blocks of 1 .. 2^(maxOrder-1) pages
 * capacityPages: 16777216         # largest span a run-time map may cover
 * features: { stats: true, debug-alloc: false }
 * memoryMap:                      # optional default map
 *   regions:  [ { base: 0x4000_0000, pages: 32768 } ]
 *   reserved: [ { start: 0x4008_0000, end: 0x4040_0000, label: kernel image } ]
 * </pre>
 *
 * Numbers may be written in decimal or as {@code 0x} hexadecimal, with {@code _} separators.
 */
public final class ProfileLoader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("(0x[0-9a-fA-F_]+|[0-9][0-9_]*)");
    private static final Set<String> TOP_KEYS =
            Set.of("name", "description", "pageShift", "maxOrder", "capacityPages", "features", "memoryMap");
    private static final Set<String> FEATURE_KEYS = Set.of("stats", "debug-alloc");
    private static final Set<String> MAP_KEYS = Set.of("regions", "reserved");
    private static final Set<String> REGION_KEYS = Set.of("base", "pages");
    private static final Set<String> RESERVED_KEYS = Set.of("start", "end", "label");

    private final String source;

    private ProfileLoader(String source) {
        this.source = source;
    }

    /**
     * Loads the profile in {@code file}; its {@code name} must equal the file name without
     * {@code .yaml}.
     */
    public static AllocatorProfile load(Path file) throws ProfileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ProfileException(file.toString(), "(file)", "cannot be read: " + e.getMessage());
        }
        AllocatorProfile profile = parse(file.toString(), text);
        String fileName = file.getFileName().toString();
        String expected = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (!profile.name().equals(expected)) {
            throw new ProfileException(
                    file.toString(),
                    "name",
                    "'" + profile.name() + "' does not match the file name '" + expected + "'");
        }
        return profile;
    }

    /** Parses a profile from YAML text; {@code source} names it in error messages. */
    public static AllocatorProfile parse(String source, String yaml) throws ProfileException {
        return new ProfileLoader(source).read(yaml);
    }

    private AllocatorProfile read(String yaml) throws ProfileException {
        Object document;
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setSchema(new CoreSchema())
                    .setAllowDuplicateKeys(false)
                    .setLabel(source)
                    .build();
            document = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new ProfileException(
                    source, "(yaml)", e.getMessage().replace('\n', ' ').strip());
        }
        Map<?, ?> top = map(document, "(document)");
        checkKeys(top, TOP_KEYS, "");
        String name = string(top, "name", "name", true);
        if (!NAME.matcher(name).matches()) {
            throw error("name", "must be kebab-case (a-z, 0-9, '-'), got '" + name + "'");
        }
        String description = top.containsKey("description") ? string(top, "description", "description", false) : "";
        int pageShift = (int)
                number(top, "pageShift", "pageShift", AllocatorProfile.MIN_PAGE_SHIFT, AllocatorProfile.MAX_PAGE_SHIFT);
        int maxOrder = (int)
                number(top, "maxOrder", "maxOrder", AllocatorProfile.MIN_MAX_ORDER, AllocatorProfile.MAX_MAX_ORDER);
        long capacity = number(top, "capacityPages", "capacityPages", 1, AllocatorProfile.MAX_CAPACITY_PAGES);
        boolean stats = true;
        boolean debugAlloc = false;
        if (top.containsKey("features")) {
            Map<?, ?> features = map(top.get("features"), "features");
            checkKeys(features, FEATURE_KEYS, "features.");
            if (features.containsKey("stats")) {
                stats = bool(features.get("stats"), "features.stats");
            }
            if (features.containsKey("debug-alloc")) {
                debugAlloc = bool(features.get("debug-alloc"), "features.debug-alloc");
            }
        }
        Optional<MemoryMap> defaultMap = Optional.empty();
        if (top.containsKey("memoryMap")) {
            MemoryMap map = memoryMap(top.get("memoryMap"), pageShift);
            if (map.spanPages() > capacity) {
                throw error(
                        "memoryMap", "spans " + map.spanPages() + " pages, more than capacityPages (" + capacity + ")");
            }
            defaultMap = Optional.of(map);
        }
        return new AllocatorProfile(name, description, pageShift, maxOrder, capacity, stats, debugAlloc, defaultMap);
    }

    private MemoryMap memoryMap(Object node, int pageShift) throws ProfileException {
        Map<?, ?> map = map(node, "memoryMap");
        checkKeys(map, MAP_KEYS, "memoryMap.");
        if (!map.containsKey("regions")) {
            throw error("memoryMap.regions", "is missing");
        }
        List<?> regionNodes = list(map.get("regions"), "memoryMap.regions");
        if (regionNodes.isEmpty()) {
            throw error("memoryMap.regions", "needs at least one region");
        }
        List<MemoryMap.Region> regions = new ArrayList<>();
        for (int i = 0; i < regionNodes.size(); i++) {
            String field = "memoryMap.regions[" + i + "]";
            Map<?, ?> region = map(regionNodes.get(i), field);
            checkKeys(region, REGION_KEYS, field + ".");
            regions.add(new MemoryMap.Region(
                    number(region, "base", field + ".base", 0, Long.MAX_VALUE),
                    number(region, "pages", field + ".pages", 1, Long.MAX_VALUE)));
        }
        List<MemoryMap.Reserved> reserved = new ArrayList<>();
        if (map.containsKey("reserved")) {
            List<?> reservedNodes = list(map.get("reserved"), "memoryMap.reserved");
            for (int i = 0; i < reservedNodes.size(); i++) {
                String field = "memoryMap.reserved[" + i + "]";
                Map<?, ?> range = map(reservedNodes.get(i), field);
                checkKeys(range, RESERVED_KEYS, field + ".");
                String label = range.containsKey("label") ? string(range, "label", field + ".label", true) : "reserved";
                reserved.add(new MemoryMap.Reserved(
                        number(range, "start", field + ".start", 0, Long.MAX_VALUE),
                        number(range, "end", field + ".end", 0, Long.MAX_VALUE),
                        label));
            }
        }
        try {
            return MemoryMap.of(pageShift, regions, reserved);
        } catch (IllegalArgumentException e) {
            throw error("memoryMap", e.getMessage());
        }
    }

    private ProfileException error(String field, String reason) {
        return new ProfileException(source, field, reason);
    }

    private void checkKeys(Map<?, ?> map, Set<String> allowed, String prefix) throws ProfileException {
        for (Object key : map.keySet()) {
            if (!(key instanceof String k) || !allowed.contains(k)) {
                throw error(
                        prefix + key,
                        "unknown key (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private Map<?, ?> map(Object node, String field) throws ProfileException {
        if (node instanceof Map<?, ?> m) {
            return m;
        }
        throw error(field, "must be a mapping, got " + describe(node));
    }

    private List<?> list(Object node, String field) throws ProfileException {
        if (node instanceof List<?> l) {
            return l;
        }
        throw error(field, "must be a list, got " + describe(node));
    }

    private String string(Map<?, ?> map, String key, String field, boolean nonEmpty) throws ProfileException {
        Object node = map.get(key);
        if (node == null && !map.containsKey(key)) {
            throw error(field, "is missing");
        }
        if (!(node instanceof String s) || (nonEmpty && s.isBlank())) {
            throw error(field, "must be a non-empty string, got " + describe(node));
        }
        return s;
    }

    private boolean bool(Object node, String field) throws ProfileException {
        if (node instanceof Boolean b) {
            return b;
        }
        throw error(field, "must be true or false, got " + describe(node));
    }

    private long number(Map<?, ?> map, String key, String field, long min, long max) throws ProfileException {
        if (!map.containsKey(key)) {
            throw error(field, "is missing");
        }
        Object node = map.get(key);
        BigInteger value;
        if (node instanceof Integer || node instanceof Long) {
            value = BigInteger.valueOf(((Number) node).longValue());
        } else if (node instanceof BigInteger b) {
            value = b;
        } else if (node instanceof String s && NUMBER.matcher(s.strip()).matches()) {
            String digits = s.strip().replace("_", "");
            value = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
        } else {
            throw error(field, "must be a whole number, got " + describe(node));
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value.longValue();
    }

    private static String describe(Object node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof String s) {
            return "'" + s + "'";
        }
        if (node instanceof Map) {
            return "a mapping";
        }
        if (node instanceof List) {
            return "a list";
        }
        return node.toString();
    }
}
