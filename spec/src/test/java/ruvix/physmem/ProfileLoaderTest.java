package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileLoaderTest {
    private static final String VALID =
            """
            name: board
            description: a test board
            pageShift: 12
            maxOrder: 10
            capacityPages: 65536
            features: { stats: false, debug-alloc: true }
            memoryMap:
              regions:
                - { base: 0x4000_0000, pages: 1024 }
                - { base: "0x4080_0000", pages: 16 }
              reserved:
                - { start: 0x4000_0000, end: 0x4000_1800, label: dtb }
            """;

    private static ProfileException rejection(String yaml) {
        return assertThrows(ProfileException.class, () -> ProfileLoader.parse("test.yaml", yaml));
    }

    @Test
    void parsesEveryField() throws ProfileException {
        AllocatorProfile p = ProfileLoader.parse("test.yaml", VALID);
        assertEquals("board", p.name());
        assertEquals("a test board", p.description());
        assertEquals(12, p.pageShift());
        assertEquals(10, p.maxOrder());
        assertEquals(65536, p.capacityPages());
        assertFalse(p.stats());
        assertTrue(p.debugAlloc());
        MemoryMap map = p.defaultMap().orElseThrow();
        assertEquals(
                List.of(new MemoryMap.Region(0x4000_0000L, 1024), new MemoryMap.Region(0x4080_0000L, 16)),
                map.regions());
        assertEquals(List.of(new MemoryMap.Reserved(0x4000_0000L, 0x4000_1800L, "dtb")), map.reserved());
        assertEquals(1022 + 16, map.usablePages());
        assertEquals("BoardAllocator", p.className());
        assertEquals(4096, p.pageSize());
        assertEquals(512, p.maxBlockPages());
    }

    @Test
    void defaultsForOptionalFields() throws ProfileException {
        AllocatorProfile p =
                ProfileLoader.parse("min.yaml", "name: granule-16k-x\npageShift: 14\nmaxOrder: 1\ncapacityPages: 1\n");
        assertEquals("", p.description());
        assertTrue(p.stats());
        assertFalse(p.debugAlloc());
        assertTrue(p.defaultMap().isEmpty());
        assertEquals("Granule16kXAllocator", p.className());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: Bad_Name|name|kebab-case",
                "name: 12|name|non-empty string",
                "pageShift: 11|pageShift|between 12 and 16, got 11",
                "pageShift: 17|pageShift|between 12 and 16, got 17",
                "pageShift: twelve|pageShift|whole number, got 'twelve'",
                "pageShift: 12.5|pageShift|whole number",
                "maxOrder: 0|maxOrder|between 1 and 16, got 0",
                "maxOrder: 17|maxOrder|between 1 and 16",
                "capacityPages: 0|capacityPages|between 1 and 1073741824",
                "capacityPages: 99999999999999999999999|capacityPages|between 1 and 1073741824",
                "features: { stats: yes-please }|features.stats|true or false",
                "features: { debug-alloc: 1 }|features.debug-alloc|true or false",
                "features: { turbo: true }|features.turbo|unknown key",
                "features: [stats]|features|must be a mapping",
                "colour: blue|colour|unknown key",
                "memoryMap: { regions: [] }|memoryMap.regions|at least one region",
                "memoryMap: { reserved: [] }|memoryMap.regions|is missing",
                "memoryMap: { regions: {} }|memoryMap.regions|must be a list",
                "memoryMap: { regions: [ { base: 0x1000 } ] }|memoryMap.regions[0].pages|is missing",
                "memoryMap: { regions: [ { base: 0x1000, pages: 1, size: 2 } ] }|memoryMap.regions[0].size|unknown key",
                "memoryMap: { regions: [ { base: 0x1001, pages: 1 } ] }|memoryMap|not aligned",
                "memoryMap: { regions: [ { base: -4096, pages: 1 } ] }|memoryMap.regions[0].base|between 0 and",
                "memoryMap: { regions: [ { base: 0, pages: 0 } ] }|memoryMap.regions[0].pages|between 1 and",
                "memoryMap: { regions: [ { base: 0, pages: 8 }, { base: 0x4000, pages: 8 } ] }|memoryMap|overlaps",
                "memoryMap: { regions: [ { base: 0, pages: 8 } ], reserved: [ { start: 5, end: 5 } ] }|memoryMap|empty",
                "memoryMap: { regions: [ { base: 0, pages: 8 } ], reserved: [ { start: 5 } ] }|memoryMap.reserved[0].end|is missing",
                "memoryMap: { regions: [ { base: 0, pages: 8 } ], reserved: [ { start: 0, end: 1, label: '' } ] }|memoryMap.reserved[0].label|non-empty",
                "memoryMap: { regions: [ { base: 0, pages: 70000 } ] }|memoryMap|more than capacityPages (65536)",
                "memoryMap: { regions: [ { base: 0, pages: 8 }, { base: 0x7000_0000, pages: 8 } ] }|memoryMap|spans",
            })
    void everyValidationErrorNamesSourceFieldAndReason(String override, String field, String reason) {
        String key = override.substring(0, override.indexOf(':'));
        StringBuilder yaml = new StringBuilder();
        boolean replaced = false;
        boolean skipping = false;
        for (String line : VALID.split("\n")) {
            boolean topLevel = !line.startsWith(" ");
            if (topLevel) {
                skipping = false;
            }
            if (topLevel && line.startsWith(key + ":")) {
                yaml.append(override).append('\n');
                replaced = true;
                skipping = true;
            } else if (!skipping) {
                yaml.append(line).append('\n');
            }
        }
        if (!replaced) {
            yaml.append(override).append('\n');
        }
        ProfileException e = rejection(yaml.toString());
        assertEquals("test.yaml", e.source());
        assertEquals(field, e.field());
        assertTrue(e.reason().contains(reason), () -> e.getMessage() + " should contain " + reason);
        assertEquals("test.yaml: " + field + ": " + e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void missingRequiredFields() {
        assertEquals(
                "name",
                rejection("pageShift: 12\nmaxOrder: 3\ncapacityPages: 4\n").field());
        assertEquals(
                "pageShift",
                rejection("name: a\nmaxOrder: 3\ncapacityPages: 4\n").field());
        assertEquals(
                "maxOrder",
                rejection("name: a\npageShift: 12\ncapacityPages: 4\n").field());
        assertEquals(
                "capacityPages",
                rejection("name: a\npageShift: 12\nmaxOrder: 3\n").field());
    }

    @Test
    void malformedYamlAndWrongDocumentShapes() {
        assertEquals("(yaml)", rejection("name: [unclosed\n").field());
        assertEquals("(yaml)", rejection("name: a\nname: b\n").field());
        assertEquals("(document)", rejection("- just\n- a list\n").field());
        assertEquals("(document)", rejection("").field());
        assertFalse(rejection("name: [unclosed\n").getMessage().contains("\n"));
    }

    @Test
    void fileNameMustMatchAndUnreadableFilesAreReported(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("board.yaml");
        Files.writeString(good, VALID);
        assertEquals("board", ProfileLoader.load(good).name());
        Path renamed = dir.resolve("other.yaml");
        Files.writeString(renamed, VALID);
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(renamed));
        assertEquals("name", e.field());
        assertTrue(e.getMessage().startsWith(renamed.toString()));
        ProfileException missing =
                assertThrows(ProfileException.class, () -> ProfileLoader.load(dir.resolve("absent.yaml")));
        assertEquals("(file)", missing.field());
        assertEquals(
                List.of("board.yaml", "other.yaml"),
                List.of(dir.toFile().list()).stream().sorted().toList());
    }
}
