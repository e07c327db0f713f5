package ruvix.physmem.generator;

import ruvix.physmem.AllocatorProfile;

/**
 * The bitmap geometry a profile fixes at generation time, folded into the emitted constants.
 *
 * <p>An allocator indexes pages from an origin aligned down to at most the largest block, so its
 * index span is below {@code capacityPages + maxBlockPages}. The free-head bitmap of order 0 has
 * one bit per index (rounded up to even, so that every buddy bit exists); each summary level has
 * one bit per word of the level below, up to a level of at most 64 bits. {@link #levels()} is the
 * number of levels of that largest bitmap: every search and update is bounded by it.
 *
 * @param topOrder the largest order, {@code maxOrder - 1}
 * @param maxSpan the largest index span a map within capacity can need
 * @param levels bitmap levels of the largest free-head bitmap, summary levels included
 */
record Geometry(int topOrder, long maxSpan, int levels) {

    static Geometry of(AllocatorProfile profile) {
        int topOrder = profile.maxOrder() - 1;
        long maxSpan = profile.capacityPages() + (1L << topOrder) - 1;
        long entries = (maxSpan + 1) & -2L;
        int levels = 1;
        while (entries > 64) {
            entries = (entries + 63) >>> 6;
            levels++;
        }
        return new Geometry(topOrder, maxSpan, levels);
    }
}
