package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ruvix.physmem.PhysAddr;

/** At most one byte of bitmap metadata per usable page, for every shipped profile's map. */
class MetadataTest {
    @Test
    void atMostOneBytePerUsablePage() {
        record Sized(String name, long metadata, long pages) {}
        for (Sized s : List.of(
                new Sized(
                        "crate-default", CrateDefaultAllocator.withProfileMap().metadataBytes(), 4096),
                new Sized(
                        "qemu-virt",
                        QemuVirtAllocator.withProfileMap().metadataBytes(),
                        QemuVirtAllocator.withProfileMap().totalPages()),
                new Sized(
                        "rpi4",
                        Rpi4Allocator.withProfileMap().metadataBytes(),
                        Rpi4Allocator.withProfileMap().totalPages()),
                new Sized("granule-16k", Granule16kAllocator.withProfileMap().metadataBytes(), 65536),
                new Sized("granule-64k", Granule64kAllocator.withProfileMap().metadataBytes(), 65536),
                new Sized("tiny", TinyAllocator.withProfileMap().metadataBytes(), 16),
                new Sized(
                        "crate-default at capacity",
                        new CrateDefaultAllocator(PhysAddr.of(0x1000_0000L), CrateDefaultAllocator.CAPACITY_PAGES)
                                .metadataBytes(),
                        CrateDefaultAllocator.CAPACITY_PAGES))) {
            assertTrue(
                    s.metadata() > 0 && s.metadata() <= s.pages(),
                    s.name() + ": " + s.metadata() + " bytes for " + s.pages() + " pages");
        }
    }
}
