package ruvix.physmem.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;

/**
 * Valid profiles drawn at random: page shift 12..16, maxOrder 1..16, one to four regions with
 * holes between them at arbitrary (often badly aligned) bases, zero to three reserved byte ranges
 * (often not page-aligned), both feature switches, capacity at or above the map's span.
 */
final class RandomProfiles {
    private RandomProfiles() {}

    static AllocatorProfile draw(Random random, int index) {
        int pageShift = 12 + random.nextInt(5);
        int maxOrder = 1 + random.nextInt(16);
        long pageSize = 1L << pageShift;
        List<MemoryMap.Region> regions = new ArrayList<>();
        long pfn = random.nextInt(1 << 20);
        int regionCount = 1 + random.nextInt(4);
        for (int r = 0; r < regionCount; r++) {
            long pages = 1 + random.nextInt(random.nextBoolean() ? 64 : 1500);
            regions.add(new MemoryMap.Region(pfn * pageSize, pages));
            pfn += pages + (random.nextInt(3) == 0 ? 0 : random.nextInt(700));
        }
        long start = regions.get(0).base();
        long end = pfn * pageSize;
        List<MemoryMap.Reserved> reserved = new ArrayList<>();
        int reservedCount = random.nextInt(4);
        for (int r = 0; r < reservedCount; r++) {
            long from = start + random.nextLong(end - start);
            long length = 1 + random.nextLong(pageSize * (1 + random.nextInt(40)));
            reserved.add(new MemoryMap.Reserved(from, from + length, "reserved " + r));
        }
        MemoryMap map = MemoryMap.of(pageShift, regions, reserved);
        long capacity = map.spanPages() + random.nextInt(3000);
        return new AllocatorProfile(
                "random-p" + index,
                "random profile " + index,
                pageShift,
                maxOrder,
                capacity,
                random.nextInt(4) != 0,
                random.nextInt(3) == 0,
                Optional.of(map));
    }
}
