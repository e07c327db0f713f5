package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedProfilesTest {

    @Test
    void everyShippedProfileLoadsFromTheJarAndFromTheFolder() throws Exception {
        List<AllocatorProfile> all = ShippedProfiles.loadAll();
        assertEquals(
                ShippedProfiles.NAMES, all.stream().map(AllocatorProfile::name).toList());
        for (AllocatorProfile p : all) {
            assertEquals(p, ProfileLoader.load(Path.of("profiles", p.name() + ".yaml")));
        }
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            assertEquals(
                    ShippedProfiles.NAMES.stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString().replace(".yaml", ""))
                            .sorted()
                            .toList(),
                    "every profile file is shipped, and only those");
        }
    }

    @Test
    void crateDefaultIsTheCratesExample() throws ProfileException {
        AllocatorProfile p = ShippedProfiles.load(ShippedProfiles.DEFAULT);
        assertEquals(Physmem.PAGE_SHIFT, p.pageShift());
        assertEquals(Physmem.MAX_ORDER, p.maxOrder());
        assertTrue(p.capacityPages() >= 16_777_216);
        assertEquals(MemoryMap.single(12, 0x1000_0000, 4096), p.defaultMap().orElseThrow());
    }

    @Test
    void boardsHaveTheirLayouts() throws ProfileException {
        MemoryMap qemu = ShippedProfiles.load("qemu-virt").defaultMap().orElseThrow();
        assertEquals(0x4000_0000L, qemu.regions().get(0).base());
        MemoryMap rpi4 = ShippedProfiles.load("rpi4").defaultMap().orElseThrow();
        assertEquals(2, rpi4.regions().size());
        assertTrue(rpi4.regions().get(0).base() < 0x4000_0000L);
        assertEquals(0x4000_0000L, rpi4.regions().get(1).base());
        assertEquals(3, rpi4.reserved().size());
        assertTrue(rpi4.usableRuns().size() >= 3, "hole and reservations split the memory");
        assertEquals(14, ShippedProfiles.load("granule-16k").pageShift());
        assertEquals(16, ShippedProfiles.load("granule-64k").pageShift());
        AllocatorProfile tiny = ShippedProfiles.load("tiny");
        assertEquals(4, tiny.maxOrder());
        assertEquals(16, tiny.defaultMap().orElseThrow().usablePages());
    }

    @Test
    void unknownNamesAreRefused() {
        ProfileException e = assertThrows(ProfileException.class, () -> ShippedProfiles.load("pdp-11"));
        assertEquals("name", e.field());
        assertTrue(e.reason().contains("crate-default"));
    }
}
