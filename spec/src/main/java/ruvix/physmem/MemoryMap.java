package ruvix.physmem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The memory an allocator manages: one or more regions (device-tree memory nodes) minus reserved
 * byte ranges (kernel image, device tree blob, firmware). Usable pages are the pages of the
 * regions that no reserved range touches. Validated on construction; immutable.
 */
public final class MemoryMap {
    /** Smallest and largest page shift a map accepts. */
    public static final int MIN_PAGE_SHIFT = 1;

    public static final int MAX_PAGE_SHIFT = 32;

    /**
     * A memory node: {@code pages} pages from the page-aligned byte address {@code base}.
     *
     * @param base first byte, aligned to the map's page size
     * @param pages number of pages, at least 1
     */
    public record Region(long base, long pages) {}

    /**
     * A reserved byte range {@code [start, end)}; every page it touches is unusable.
     *
     * @param start first reserved byte
     * @param end first byte after the range
     * @param label what lies there, e.g. {@code kernel image}
     */
    public record Reserved(long start, long end, String label) {
        public Reserved {
            Objects.requireNonNull(label, "label");
        }

        /** An unlabelled reserved range. */
        public Reserved(long start, long end) {
            this(start, end, "reserved");
        }
    }

    /**
     * A maximal run of usable pages {@code [startPfn, endPfn)}, in page frame numbers of the
     * map's page size.
     *
     * @param startPfn first usable page
     * @param endPfn first page after the run
     */
    public record PageRun(long startPfn, long endPfn) {
        public long pages() {
            return endPfn - startPfn;
        }
    }

    private final int pageShift;
    private final List<Region> regions;
    private final List<Reserved> reserved;
    private final List<PageRun> usableRuns;
    private final long usablePages;

    private MemoryMap(int pageShift, List<Region> regions, List<Reserved> reserved) {
        this.pageShift = pageShift;
        this.regions = regions;
        this.reserved = reserved;
        this.usableRuns = computeUsableRuns();
        this.usablePages = usableRuns.stream().mapToLong(PageRun::pages).sum();
    }

    /**
     * A validated map.
     *
     * @throws IllegalArgumentException naming the offending entry if the page shift is out of
     *     range, there is no region, a region is misaligned, empty, overflows the address space or
     *     overlaps another, or a reserved range is empty, negative or overflows
     */
    public static MemoryMap of(int pageShift, List<Region> regions, List<Reserved> reserved) {
        if (pageShift < MIN_PAGE_SHIFT || pageShift > MAX_PAGE_SHIFT) {
            throw new IllegalArgumentException(
                    "page shift must be in " + MIN_PAGE_SHIFT + ".." + MAX_PAGE_SHIFT + ", got " + pageShift);
        }
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("memory map has no region");
        }
        long pageSize = 1L << pageShift;
        long maxPages = Long.MAX_VALUE >> pageShift;
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            String what = "region " + i + " (base 0x" + Long.toHexString(r.base()) + ", " + r.pages() + " pages)";
            if (r.base() < 0) {
                throw new IllegalArgumentException(what + ": base is negative");
            }
            if ((r.base() & (pageSize - 1)) != 0) {
                throw new IllegalArgumentException(what + ": base is not aligned to the " + pageSize + "-byte page");
            }
            if (r.pages() < 1) {
                throw new IllegalArgumentException(what + ": a region needs at least one page");
            }
            if (r.pages() > maxPages - (r.base() >> pageShift)) {
                throw new IllegalArgumentException(what + ": end overflows the address space");
            }
        }
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparingLong(Region::base));
        for (int i = 1; i < sorted.size(); i++) {
            Region prev = sorted.get(i - 1);
            Region next = sorted.get(i);
            if ((next.base() >> pageShift) < (prev.base() >> pageShift) + prev.pages()) {
                throw new IllegalArgumentException("region " + regions.indexOf(next) + " (base 0x"
                        + Long.toHexString(next.base()) + ") overlaps region " + regions.indexOf(prev)
                        + " (base 0x" + Long.toHexString(prev.base()) + ", " + prev.pages() + " pages)");
            }
        }
        for (int i = 0; i < reserved.size(); i++) {
            Reserved r = reserved.get(i);
            String what = "reserved range " + i + " [0x" + Long.toHexString(r.start()) + ", 0x"
                    + Long.toHexString(r.end()) + ")";
            if (r.start() < 0 || r.end() < 0) {
                throw new IllegalArgumentException(what + ": negative address");
            }
            if (r.end() <= r.start()) {
                throw new IllegalArgumentException(what + ": empty or reversed range");
            }
        }
        List<Reserved> sortedReserved = new ArrayList<>(reserved);
        sortedReserved.sort(Comparator.comparingLong(Reserved::start));
        return new MemoryMap(pageShift, List.copyOf(sorted), List.copyOf(sortedReserved));
    }

    /**
     * One region of {@code pages} pages at {@code base}, nothing reserved: the crate's layout.
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static MemoryMap single(int pageShift, long base, long pages) {
        return of(pageShift, List.of(new Region(base, pages)), List.of());
    }

    public int pageShift() {
        return pageShift;
    }

    public long pageSize() {
        return 1L << pageShift;
    }

    /** The regions, sorted by base. */
    public List<Region> regions() {
        return regions;
    }

    /** The reserved ranges, sorted by start. */
    public List<Reserved> reserved() {
        return reserved;
    }

    /** The maximal runs of usable pages, ascending; adjacent regions join into one run. */
    public List<PageRun> usableRuns() {
        return usableRuns;
    }

    /** The number of usable pages. */
    public long usablePages() {
        return usablePages;
    }

    /** The first page of the lowest region. */
    public long startPfn() {
        return regions.get(0).base() >> pageShift;
    }

    /** The first page after the highest region. */
    public long endPfn() {
        Region last = regions.get(regions.size() - 1);
        return (last.base() >> pageShift) + last.pages();
    }

    /** Pages from the first page of the lowest region to the end of the highest one. */
    public long spanPages() {
        return endPfn() - startPfn();
    }

    /** Whether page {@code pfn} belongs to a region (usable or reserved), not to a hole. */
    public boolean isInRegion(long pfn) {
        for (Region r : regions) {
            long first = r.base() >> pageShift;
            if (pfn >= first && pfn < first + r.pages()) {
                return true;
            }
        }
        return false;
    }

    /** Whether page {@code pfn} is usable. */
    public boolean isUsable(long pfn) {
        int lo = 0;
        int hi = usableRuns.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            PageRun run = usableRuns.get(mid);
            if (pfn < run.startPfn()) {
                hi = mid - 1;
            } else if (pfn >= run.endPfn()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private List<PageRun> computeUsableRuns() {
        List<PageRun> runs = new ArrayList<>();
        for (Region region : regions) {
            long start = region.base() >> pageShift;
            long end = start + region.pages();
            for (Reserved r : reserved) {
                long resStart = r.start() >> pageShift;
                long resEnd = ((r.end() - 1) >> pageShift) + 1;
                if (resEnd <= start || resStart >= end) {
                    continue;
                }
                if (resStart > start) {
                    append(runs, start, resStart);
                }
                start = Math.max(start, resEnd);
                if (start >= end) {
                    break;
                }
            }
            if (start < end) {
                append(runs, start, end);
            }
        }
        return List.copyOf(runs);
    }

    private static void append(List<PageRun> runs, long start, long end) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).endPfn() == start) {
            PageRun last = runs.remove(runs.size() - 1);
            runs.add(new PageRun(last.startPfn(), end));
        } else {
            runs.add(new PageRun(start, end));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryMap other
                && other.pageShift == pageShift
                && other.regions.equals(regions)
                && other.reserved.equals(reserved);
    }

    @Override
    public int hashCode() {
        return (pageShift * 31 + regions.hashCode()) * 31 + reserved.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("MemoryMap[pageSize=").append(pageSize());
        for (Region r : regions) {
            s.append(", region 0x")
                    .append(Long.toHexString(r.base()))
                    .append("+")
                    .append(r.pages())
                    .append("p");
        }
        for (Reserved r : reserved) {
            s.append(", reserved [0x")
                    .append(Long.toHexString(r.start()))
                    .append(", 0x")
                    .append(Long.toHexString(r.end()))
                    .append(")");
        }
        return s.append("]").toString();
    }
}
