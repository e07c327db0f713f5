package ruvix.physmem.generator;

import java.util.ArrayList;
import java.util.List;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;

/**
 * The memory maps the differential tests of a profile run on, derived from its geometry. The
 * reference model costs O(pages spanned) per call, so every map spans a few thousand pages at
 * most, and always fits the profile's capacity; together they cover what init has to get right:
 * several regions with holes, reserved ranges that are not page-aligned or reach across a region's
 * end, a map at address 0 with page 0 usable, a base that is not aligned to the largest block,
 * and the profile's own board map (cut to its first pages when it is larger).
 */
final class DifferentialMaps {
    /** Largest block-aligned unit the shaped maps are built from: their spans stay within 4 units. */
    private static final long MAX_UNIT = 512;
    /** Pages kept per region when a board map is cut down. */
    private static final long PAGES_PER_REGION = 2048;

    /**
     * One map of the family.
     *
     * @param field the constant's name in the emitted test
     * @param method the suffix of the emitted test methods
     * @param doc what the map exercises
     * @param map the map
     */
    record Named(String field, String method, String doc, MemoryMap map) {}

    private DifferentialMaps() {}

    /** The profile's maps; the first is the profile's own (or its cut-down form). */
    static List<Named> of(AllocatorProfile profile) {
        int shift = profile.pageShift();
        long page = profile.pageSize();
        long block = profile.maxBlockPages();
        long u = Math.min(block, MAX_UNIT);
        List<Named> maps = new ArrayList<>();
        maps.add(new Named("PROFILE_MAP", "ProfileMap", profileMapDoc(profile), profileMap(profile)));

        // Three regions at a high base aligned to two largest blocks: the first starts 3 pages into a
        // block, the last ends before the next; holes between them; reserved ranges with unaligned
        // ends, one of them reaching from the end of a region across the hole into the next.
        long origin = alignUp(0x8000_0000L >> shift, 2 * block);
        long regionC = 3 * u + 3 * u / 4;
        maps.add(new Named(
                "HOLES",
                "Holes",
                "Three regions with holes between them and reserved ranges with unaligned ends.",
                MemoryMap.of(
                        shift,
                        List.of(
                                region(shift, origin + 3, u + u / 2 - 3),
                                region(shift, origin + 2 * u, u + 5),
                                region(shift, origin + regionC, 4 * u - regionC)),
                        List.of(
                                new MemoryMap.Reserved(
                                        ((origin + u / 2) << shift) + page / 2,
                                        ((origin + u / 2 + 1) << shift) + 1,
                                        "unaligned, two pages"),
                                new MemoryMap.Reserved(
                                        (origin + 2 * u + u / 4) << shift,
                                        (origin + 2 * u + u / 4 + 2) << shift,
                                        "aligned, two pages"),
                                new MemoryMap.Reserved(
                                        ((origin + 3 * u + 4) << shift) + 100,
                                        ((origin + regionC) << shift) + 1,
                                        "across a hole")))));

        maps.add(new Named(
                "AT_ZERO",
                "AtZero",
                "One region at address 0 with page 0 usable and one byte reserved in the middle.",
                MemoryMap.of(
                        shift,
                        List.of(region(shift, 0, 2 * u + 1)),
                        List.of(new MemoryMap.Reserved((u << shift) + 1, (u << shift) + 2, "one byte")))));

        // One page below a largest-block boundary, so init seeds a staircase of small blocks up to
        // the boundary and down again at the end.
        long unalignedBase = alignUp(0x1_0000_0000L >> shift, 2 * block) - 1;
        maps.add(new Named(
                "UNALIGNED_BASE",
                "UnalignedBase",
                "One region starting one page below a largest-block boundary.",
                MemoryMap.single(shift, unalignedBase << shift, 2 * u + 2)));

        if (profile.capacityPages() <= PAGES_PER_REGION) {
            maps.add(new Named(
                    "FULL_CAPACITY",
                    "FullCapacity",
                    "One region of exactly the profile's capacity.",
                    MemoryMap.single(
                            shift, alignUp(0x2000_0000L >> shift, 2 * block) << shift, profile.capacityPages())));
        }
        return List.copyOf(maps);
    }

    private static String profileMapDoc(AllocatorProfile profile) {
        MemoryMap own = profile.defaultMap().orElse(null);
        if (own == null) {
            return "The profile names no map: one region of its largest blocks at 0x4000_0000.";
        }
        return own.spanPages() <= 2 * PAGES_PER_REGION
                ? "The profile's own memory map."
                : "The profile's own memory map cut to the first " + PAGES_PER_REGION
                        + " pages of each region, holes shortened, the reserved ranges that fall inside kept.";
    }

    /**
     * The profile's map if it is small; otherwise the first pages of each region, the holes
     * between them shortened to at most two largest blocks, the reserved ranges inside kept.
     */
    private static MemoryMap profileMap(AllocatorProfile profile) {
        int shift = profile.pageShift();
        long block = profile.maxBlockPages();
        MemoryMap own = profile.defaultMap().orElse(null);
        long keep = Math.max(PAGES_PER_REGION, block + block / 4);
        if (own == null) {
            return MemoryMap.single(shift, alignUp(0x4000_0000L >> shift, block) << shift, keep);
        }
        if (own.spanPages() <= 2 * PAGES_PER_REGION) {
            return own;
        }
        long blockBytes = block << shift;
        List<MemoryMap.Region> regions = new ArrayList<>();
        List<MemoryMap.Reserved> reserved = new ArrayList<>();
        long shiftDown = 0;
        long previousEnd = -1;
        for (MemoryMap.Region r : own.regions()) {
            long keptEnd = r.base() + (Math.min(r.pages(), keep) << shift);
            if (previousEnd >= 0) {
                long gap = r.base() - shiftDown - previousEnd;
                shiftDown += Math.max(0, (gap / blockBytes - 1) * blockBytes);
            }
            regions.add(new MemoryMap.Region(r.base() - shiftDown, (keptEnd - r.base()) >> shift));
            for (MemoryMap.Reserved res : own.reserved()) {
                if (res.start() < keptEnd && res.end() > r.base()) {
                    reserved.add(new MemoryMap.Reserved(
                            res.start() - shiftDown, Math.min(res.end(), keptEnd) - shiftDown, res.label()));
                }
            }
            previousEnd = keptEnd - shiftDown;
        }
        return MemoryMap.of(shift, regions, reserved);
    }

    private static MemoryMap.Region region(int shift, long startPfn, long pages) {
        return new MemoryMap.Region(startPfn << shift, pages);
    }

    private static long alignUp(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
