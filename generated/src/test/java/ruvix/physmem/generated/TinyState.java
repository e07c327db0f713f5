package ruvix.physmem.generated;

import java.lang.reflect.Field;

/**
 * Reflective access to a {@link TinyAllocator}'s private state, so that a test can corrupt it on
 * purpose and check that the debug build's invariant check names the violation.
 */
final class TinyState {
    private final TinyAllocator allocator;

    TinyState(TinyAllocator allocator) {
        this.allocator = allocator;
    }

    TinyAllocator allocator() {
        return allocator;
    }

    void setLong(String name, long value) {
        try {
            field(name).setLong(allocator, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private void setInt(String name, int value) {
        try {
            field(name).setInt(allocator, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    int getInt(String name) {
        try {
            return field(name).getInt(allocator);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    long[] longs(String name) {
        return (long[]) object(name);
    }

    int[] ints(String name) {
        return (int[]) object(name);
    }

    /** Levels per order in {@code freeAt}: the class's private LEVELS. */
    private int levels() {
        return longs("freeAt").length / TinyAllocator.MAX_ORDER;
    }

    /** Bit offset of level {@code l} of the free-head bitmap of order {@code k}. */
    long freeLevel(int k, int l) {
        return longs("freeAt")[k * levels() + l];
    }

    /** Sets or clears the free-head bit of block {@code slot} of order {@code k} (level 0 only). */
    void setFree(int k, int slot, boolean on) {
        setBit(freeLevel(k, 0) + slot, on);
    }

    /** Sets or clears the allocated-head bit of block {@code slot} of order {@code k}. */
    void setAllocated(int k, int slot, boolean on) {
        setBit(longs("allocAt")[k * levels()] + slot, on);
    }

    void flipBit(long p) {
        longs("bits")[(int) (p >>> 6)] ^= 1L << p;
    }

    boolean testBit(long p) {
        return (longs("bits")[(int) (p >>> 6)] & (1L << p)) != 0;
    }

    private void setBit(long p, boolean on) {
        if (testBit(p) != on) {
            flipBit(p);
        }
    }

    /** Sets the free-block count of order {@code k} and keeps the non-empty mask in step. */
    void setFreeBlocks(int k, long count) {
        longs("freeBlocks")[k] = count;
        int mask = getInt("nonEmpty");
        setInt("nonEmpty", count == 0 ? mask & ~(1 << k) : mask | 1 << k);
    }

    private Object object(String name) {
        try {
            return field(name).get(allocator);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Field field(String name) {
        try {
            Field f = TinyAllocator.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new AssertionError("TinyAllocator has no field " + name, e);
        }
    }
}
