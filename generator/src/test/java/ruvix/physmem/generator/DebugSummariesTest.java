package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/**
 * The debug-alloc check on a map large enough for summary levels (the shipped debug profile, tiny,
 * has none): any single flipped bit of the bitmaps - free or allocated heads, either level, or
 * padding - is reported as INTERNAL_CORRUPTION by the next operation.
 */
class DebugSummariesTest {
    @TempDir
    static Path dir;

    @Test
    void everySingleBitFlipIsDetected() throws Exception {
        MemoryMap map = MemoryMap.single(12, 0x8000_0000L, 700);
        AllocatorProfile profile = new AllocatorProfile(
                "debug-levels", "a debug build with summary levels", 12, 4, 1024, true, true, Optional.of(map));
        ClassLoader loader = SourceCompiler.compile(dir, List.of(AllocatorGenerator.generate(profile)));
        Class<?> type = loader.loadClass(EmitContext.PACKAGE + "." + profile.className());
        Field bitsField = type.getDeclaredField("bits");
        bitsField.setAccessible(true);
        Field topLevel = type.getDeclaredField("topLevel");
        topLevel.setAccessible(true);
        PageAllocator probe = (PageAllocator) type.getMethod("withProfileMap").invoke(null);
        assertTrue(((int[]) topLevel.get(probe))[0] >= 1, "order 0 has a summary level");
        int words = ((long[]) bitsField.get(probe)).length;
        for (int bit = 0; bit < 64 * words; bit++) {
            PageAllocator a = (PageAllocator) type.getMethod("withProfileMap").invoke(null);
            long used = a.allocPagesRaw(2);
            a.allocPagesConstrainedRaw(1, 0, 0x8000_0000L + (600L << 12), Long.MAX_VALUE, false);
            long[] bits = (long[]) bitsField.get(a);
            bits[bit >>> 6] ^= 1L << bit;
            PhysMemException e =
                    assertThrows(PhysMemException.class, () -> a.freePagesRaw(used + 4096, 1), "flip of bit " + bit);
            assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        }
    }
}
