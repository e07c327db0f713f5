package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/**
 * The debug-alloc build (profile tiny) checks every invariant after every operation: any single
 * corrupted bit of its bitmaps, and a corrupted counter, is reported as INTERNAL_CORRUPTION by the
 * next operation, even a rejected one.
 */
class DebugCheckTest {
    @Test
    void everySingleBitFlipIsDetected() throws Exception {
        int words = ((long[]) field("bits").get(TinyAllocator.withProfileMap())).length;
        for (int bit = 0; bit < 64 * words; bit++) {
            TinyAllocator a = TinyAllocator.withProfileMap();
            long used = a.allocOrder(1);
            long[] bits = (long[]) field("bits").get(a);
            bits[bit >>> 6] ^= 1L << bit;
            PhysMemException e =
                    assertThrows(PhysMemException.class, () -> a.freePagesRaw(used + 1, 1), "flip of bit " + bit);
            assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        }
    }

    @Test
    void corruptedCounterIsDetected() throws Exception {
        TinyAllocator a = TinyAllocator.withProfileMap();
        field("freePages").setLong(a, 15);
        PhysMemException e = assertThrows(PhysMemException.class, () -> a.allocPagesRaw(1));
        assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        TinyAllocator b = TinyAllocator.withProfileMap();
        field("splits").setLong(b, 1);
        assertThrows(PhysMemException.class, () -> b.allocOrder(3));
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = TinyAllocator.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
