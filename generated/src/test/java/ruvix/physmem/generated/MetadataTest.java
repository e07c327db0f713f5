package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ruvix.physmem.PhysAddr;

/**
 * At most one byte of bitmap metadata per usable page, for every shipped profile's map; the bitmaps
 * are packed without a wasted word, and misalignment of the map costs no more than the span.
 */
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

    /**
     * Where every bitmap of 64 bits or more is a whole number of words, the layout wastes no word:
     * the metadata is the bits of every bitmap - free heads and allocated heads per order (block
     * slots rounded up to even), and the summary levels of each bitmap wider than a word -
     * rounded up to words.
     */
    @Test
    void bitmapsArePackedWithoutAWastedWord() {
        assertEquals(
                tightBytes(64, TinyAllocator.MAX_ORDER),
                new TinyAllocator(PhysAddr.of(0x2000_0000L), 64).metadataBytes(),
                "tiny, 64 pages");
        assertEquals(
                tightBytes(4096, CrateDefaultAllocator.MAX_ORDER),
                CrateDefaultAllocator.withProfileMap().metadataBytes(),
                "crate-default, its 4096-page map");
    }

    /** The origin is aligned no further than the span needs: one page costs one word wherever it is. */
    @Test
    void misalignmentCostsNoMoreThanTheSpan() {
        long aligned = new CrateDefaultAllocator(PhysAddr.of(0x1000_0000L), 1).metadataBytes();
        assertEquals(8, aligned);
        assertEquals(aligned, new CrateDefaultAllocator(PhysAddr.of(0x1000_0000L - 4096), 1).metadataBytes());
    }

    private static long tightBytes(long span, int maxOrder) {
        long bits = 0;
        for (int k = 0; k < maxOrder; k++) {
            long slots = (span + (2L << k) - 1) >>> (k + 1) << 1;
            // A free-head and an allocated-head bitmap, each with its summary levels.
            bits += 2 * slots;
            for (long entries = slots; entries > 64; ) {
                entries = (entries + 63) / 64;
                bits += 2 * entries;
            }
        }
        return 8 * ((bits + 63) / 64);
    }
}
