package ruvix.physmem.verification.cli;

import java.util.ArrayList;
import java.util.List;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;

/**
 * The map a differential run uses for a profile. The reference model costs O(pages spanned) per
 * call, so a board map of a million pages is cut to the first pages of each region, keeping the
 * reserved ranges that fall inside, and the holes between regions are shortened to one largest
 * block: the same shape (regions, holes, reservations, alignment to the largest block), fewer
 * pages.
 */
final class SampleMaps {
    /** Maps up to this many pages are used whole. */
    static final long WHOLE_MAP_LIMIT = 65_536;
    /** Pages kept per region of a larger map. */
    static final long PAGES_PER_REGION = 4_096;

    private SampleMaps() {}

    static MemoryMap forProfile(AllocatorProfile profile) {
        MemoryMap map = profile.defaultMap()
                .orElseGet(() -> MemoryMap.single(
                        profile.pageShift(), 0x1000_0000L, Math.min(profile.capacityPages(), PAGES_PER_REGION)));
        return map.spanPages() <= WHOLE_MAP_LIMIT ? map : clipped(map, profile.maxOrder());
    }

    static MemoryMap clipped(MemoryMap map, int maxOrder) {
        long block = 1L << (maxOrder - 1 + map.pageShift());
        List<MemoryMap.Region> regions = new ArrayList<>();
        List<MemoryMap.Reserved> reserved = new ArrayList<>();
        long shift = 0;
        long previousEnd = -1;
        for (MemoryMap.Region r : map.regions()) {
            long keptEnd = r.base() + (Math.min(r.pages(), PAGES_PER_REGION) << map.pageShift());
            if (previousEnd >= 0) {
                // Move the region down by whole largest blocks, leaving a hole of at most two.
                long gap = r.base() - shift - previousEnd;
                shift += Math.max(0, (gap / block - 1) * block);
            }
            long base = r.base() - shift;
            regions.add(new MemoryMap.Region(base, (keptEnd - r.base()) >> map.pageShift()));
            for (MemoryMap.Reserved res : map.reserved()) {
                if (res.start() < keptEnd && res.end() > r.base()) {
                    reserved.add(new MemoryMap.Reserved(res.start() - shift, res.end() - shift, res.label()));
                }
            }
            previousEnd = keptEnd - shift;
        }
        return MemoryMap.of(map.pageShift(), regions, reserved);
    }
}
