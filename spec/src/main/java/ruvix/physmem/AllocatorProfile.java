package ruvix.physmem;

import java.util.Optional;

/**
 * What the generator specializes an allocator on: the page size, the orders, the capacity, the
 * feature switches and an optional default memory map. Loaded and validated by {@link
 * ProfileLoader}.
 *
 * @param name kebab-case name, e.g. {@code crate-default}; the generated class is {@link
 *     #className()}
 * @param description one line for people
 * @param pageShift log2 of the page size, {@value #MIN_PAGE_SHIFT}..{@value #MAX_PAGE_SHIFT}
 * @param maxOrder exclusive bound on block orders, {@value #MIN_MAX_ORDER}..{@value
 *     #MAX_MAX_ORDER}
 * @param capacityPages the largest span of pages (lowest to highest page of the map) a run-time
 *     memory map may cover
 * @param stats whether the allocator keeps statistics counters
 * @param debugAlloc whether the allocator checks every invariant after every operation
 * @param defaultMap the board's memory map, if the profile names one
 */
public record AllocatorProfile(
        String name,
        String description,
        int pageShift,
        int maxOrder,
        long capacityPages,
        boolean stats,
        boolean debugAlloc,
        Optional<MemoryMap> defaultMap) {

    public static final int MIN_PAGE_SHIFT = 12;
    public static final int MAX_PAGE_SHIFT = 16;
    public static final int MIN_MAX_ORDER = 1;
    public static final int MAX_MAX_ORDER = 16;
    /** Capacity bound: page indices and per-page metadata stay within Java arrays. */
    public static final long MAX_CAPACITY_PAGES = 1L << 30;

    /** The generated class's simple name: {@code crate-default} gives {@code CrateDefaultAllocator}. */
    public String className() {
        StringBuilder s = new StringBuilder();
        for (String part : name.split("-")) {
            s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return s.append("Allocator").toString();
    }

    public long pageSize() {
        return 1L << pageShift;
    }

    /** Pages in the largest block. */
    public long maxBlockPages() {
        return 1L << (maxOrder - 1);
    }
}
