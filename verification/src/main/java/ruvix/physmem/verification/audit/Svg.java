package ruvix.physmem.verification.audit;

import java.util.List;
import java.util.Locale;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;

/** The audit's pictures, as self-contained SVG. */
public final class Svg {
    private static final int COLUMNS = 128;
    private static final int MAX_CELLS = 128 * 64;
    private static final int CELL = 7;
    static final String ALLOCATED = "#d9534f";
    static final String RESERVED = "#6c757d";
    static final String HOLE = "#f4f4f4";

    private Svg() {}

    /** The memory map after the sample workload. */
    public static String memoryMap(AuditData d) {
        return memoryMap(d.sampleMap(), d.profile().maxOrder(), d.free(), d.allocated());
    }

    /** Free blocks per order after the sample workload. */
    public static String orderChart(AuditData d) {
        return orderChart(
                d.freeAreas().stream().mapToLong(FreeArea::freeBlocks).toArray(),
                d.profile().maxOrder());
    }

    /** The colour of free blocks of {@code order}: light for small blocks, deep for large ones. */
    static String freeColour(int order, int maxOrder) {
        double t = maxOrder <= 1 ? 1 : order / (double) (maxOrder - 1);
        int hue = (int) Math.round(190 + 40 * t);
        int light = (int) Math.round(85 - 45 * t);
        return String.format(Locale.ROOT, "hsl(%d,65%%,%d%%)", hue, light);
    }

    /**
     * The memory map as a grid of cells read left to right, top to bottom, from the lowest page:
     * each cell is {@code pagesPerCell} pages and shows what its first page is.
     */
    static String memoryMap(MemoryMap map, int maxOrder, List<Block> free, List<Block> allocated) {
        long span = map.spanPages();
        long perCell = Math.max(1, (span + MAX_CELLS - 1) / MAX_CELLS);
        int cells = (int) ((span + perCell - 1) / perCell);
        int rows = (cells + COLUMNS - 1) / COLUMNS;
        int width = COLUMNS * CELL;
        int height = rows * CELL;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"memory-map\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width,
                height,
                width,
                height));
        s.append("<title>Memory map: ")
                .append(span)
                .append(" pages, ")
                .append(perCell)
                .append(" page(s) per cell</title>");
        int freeIndex = 0;
        int allocIndex = 0;
        long start = map.startPfn();
        for (int c = 0; c < cells; c++) {
            long pfn = start + c * perCell;
            while (freeIndex < free.size() && end(free.get(freeIndex), map) <= pfn) {
                freeIndex++;
            }
            while (allocIndex < allocated.size() && end(allocated.get(allocIndex), map) <= pfn) {
                allocIndex++;
            }
            String colour;
            String what;
            if (!map.isInRegion(pfn)) {
                colour = HOLE;
                what = "hole";
            } else if (!map.isUsable(pfn)) {
                colour = RESERVED;
                what = "reserved";
            } else if (covers(free, freeIndex, pfn, map)) {
                int order = free.get(freeIndex).order();
                colour = freeColour(order, maxOrder);
                what = "free block of order " + order;
            } else if (covers(allocated, allocIndex, pfn, map)) {
                colour = ALLOCATED;
                what = "allocated block of order " + allocated.get(allocIndex).order();
            } else {
                colour = ALLOCATED;
                what = "allocated";
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>0x%x: %s</title></rect>",
                    (c % COLUMNS) * CELL,
                    (c / COLUMNS) * CELL,
                    CELL - 1,
                    CELL - 1,
                    colour,
                    pfn << map.pageShift(),
                    what));
        }
        return s.append("</svg>").toString();
    }

    /** Free blocks per order as bars, with the fragmentation index above each. */
    static String orderChart(long[] freeBlocks, int maxOrder) {
        int barWidth = 36;
        int gap = 8;
        int chartHeight = 160;
        int width = maxOrder * (barWidth + gap) + gap;
        int height = chartHeight + 60;
        long most = 1;
        for (long n : freeBlocks) {
            most = Math.max(most, n);
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"order-chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width,
                height,
                width,
                height));
        s.append("<title>Free blocks per order</title>");
        for (int k = 0; k < maxOrder; k++) {
            int x = gap + k * (barWidth + gap);
            int h = (int) Math.round(chartHeight * freeBlocks[k] / (double) most);
            int y = 20 + chartHeight - h;
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>order %d: %d free block(s)</title></rect>",
                    x,
                    y,
                    barWidth,
                    h,
                    freeColour(k, maxOrder),
                    k,
                    freeBlocks[k]));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>",
                    x + barWidth / 2,
                    y - 4,
                    freeBlocks[k]));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>",
                    x + barWidth / 2,
                    chartHeight + 36,
                    k));
        }
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">order</text>",
                width / 2,
                chartHeight + 54));
        return s.append("</svg>").toString();
    }

    private static long end(Block b, MemoryMap map) {
        return (b.addr().asLong() >> map.pageShift()) + b.pages();
    }

    private static boolean covers(List<Block> blocks, int index, long pfn, MemoryMap map) {
        if (index >= blocks.size()) {
            return false;
        }
        long head = blocks.get(index).addr().asLong() >> map.pageShift();
        return pfn >= head && pfn < head + blocks.get(index).pages();
    }
}
