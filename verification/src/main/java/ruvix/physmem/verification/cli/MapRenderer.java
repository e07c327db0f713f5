package ruvix.physmem.verification.cli;

import java.util.List;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;

/**
 * Draws an allocator's memory as text, one character per cell of pages: {@code 0}-{@code 9},
 * {@code a}-{@code f} a free block of that order, {@code #} allocated, {@code x} reserved or
 * unusable, {@code space} a hole between regions. A cell of several pages shows what most of it
 * is.
 */
final class MapRenderer {
    private static final String ORDERS = "0123456789abcdef";

    private MapRenderer() {}

    static String render(PageAllocator allocator, MemoryMap map, int width) {
        long start = map.startPfn();
        long span = map.spanPages();
        long perCell = Math.max(1, (span + width - 1) / width);
        int cells = (int) ((span + perCell - 1) / perCell);
        char[] line = new char[cells];
        List<Block> free = allocator.freeBlocks();
        int next = 0;
        for (int c = 0; c < cells; c++) {
            long pfn = start + c * perCell;
            while (next < free.size()
                    && pfnOf(free.get(next), map) + free.get(next).pages() <= pfn) {
                next++;
            }
            line[c] = cell(pfn, map, free, next);
        }
        String legend = perCell == 1 ? "1 page per cell" : perCell + " pages per cell";
        return "0x" + Long.toHexString(start << map.pageShift()) + " |" + new String(line) + "| 0x"
                + Long.toHexString(map.endPfn() << map.pageShift()) + "\n(" + legend
                + "; 0-f free block of that order, # allocated, x reserved, blank hole)";
    }

    private static long pfnOf(Block b, MemoryMap map) {
        return b.addr().asLong() >> map.pageShift();
    }

    private static char cell(long pfn, MemoryMap map, List<Block> free, int next) {
        if (!map.isInRegion(pfn)) {
            return ' ';
        }
        if (!map.isUsable(pfn)) {
            return 'x';
        }
        if (next < free.size()) {
            Block b = free.get(next);
            long head = pfnOf(b, map);
            if (pfn >= head && pfn < head + b.pages()) {
                return ORDERS.charAt(Math.min(b.order(), ORDERS.length() - 1));
            }
        }
        return '#';
    }
}
