package ruvix.physmem.generator;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The bitmap operations under every allocator operation. Each loop runs at most {@code LEVELS}
 * or {@code MAX_ORDER} times, whatever the size of memory.
 */
final class BitmapEmitter {
    private BitmapEmitter() {}

    static void emit(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("lowestFree")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "The lowest free slot of order {@code k}, which has one: from the single top word down,"
                                        + " the lowest set bit of each level names the word to read one level below.\n"))
                .returns(int.class)
                .addParameter(int.class, "k")
                .addCode(
                        """
                        int entry = 0;
                        for (int l = topLevel[k]; l >= 0; l--) {
                            long p = freeAt[k * LEVELS + l] + ((long) entry << 6);
                            entry = (entry << 6) + Long.numberOfTrailingZeros(bits[(int) (p >>> 6)] >>> p);
                        }
                        return entry;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("nextHead")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        """
                        The lowest set slot at or after slot {@code from} in the head bitmap of order {@code k}
                        whose levels are at {@code at[k * LEVELS + l]} ({@link #freeAt} or {@link #allocAt}),
                        or -1. Up: in the word of level {@code l} holding entry {@code i}, the set bits at or
                        after {@code i}; if none, the next word of that level is entry {@code (i >>> 6) + 1} one
                        level up. Down from the first set bit found: the lowest set bit of each word below. At
                        most 2 * LEVELS word reads. Only a top level shorter than a word shares its word with
                        other bitmaps, so only there can a bit at or beyond the level's length be seen;
                        {@code limit} tracks that length level by level.
                        """)
                .returns(long.class)
                .addParameter(long[].class, "at")
                .addParameter(int.class, "k")
                .addParameter(long.class, "from")
                .addCode(
                        """
                        long limit = slots(spanIndex, k);
                        long i = from;
                        for (int l = 0; l <= topLevel[k]; l++) {
                            if (i >= limit) {
                                return -1;
                            }
                            long p = at[k * LEVELS + l] + i;
                            long word = bits[(int) (p >>> 6)] >>> p;
                            if (word != 0) {
                                i += Long.numberOfTrailingZeros(word);
                                if (i >= limit) {
                                    return -1;
                                }
                                // Down: a summary bit names a non-empty word one level below; take its lowest bit.
                                for (int d = l - 1; d >= 0; d--) {
                                    long q = at[k * LEVELS + d] + (i << 6);
                                    i = (i << 6) + Long.numberOfTrailingZeros(bits[(int) (q >>> 6)]);
                                }
                                return i;
                            }
                            i = (i >>> 6) + 1;
                            limit = (limit + 63) >>> 6;
                        }
                        return -1;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("insertFree")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap("Marks block {@code slot} of order {@code k} free; a word that was empty is marked"
                                + " non-empty one level up.\n"))
                .addParameter(int.class, "k")
                .addParameter(int.class, "slot")
                .addCode(
                        """
                        int top = topLevel[k];
                        long entry = slot;
                        for (int l = 0; l <= top; l++) {
                            long p = freeAt[k * LEVELS + l] + entry;
                            int w = (int) (p >>> 6);
                            long old = bits[w];
                            bits[w] = old | (1L << p);
                            if (old != 0) {
                                break;
                            }
                            entry >>>= 6;
                        }
                        freeBlocks[k]++;
                        nonEmpty |= 1 << k;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("removeFree")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap("Marks free block {@code slot} of order {@code k} taken; a word that became empty is"
                                + " marked empty one level up.\n"))
                .addParameter(int.class, "k")
                .addParameter(int.class, "slot")
                .addCode(
                        """
                        int top = topLevel[k];
                        long entry = slot;
                        for (int l = 0; l <= top; l++) {
                            long p = freeAt[k * LEVELS + l] + entry;
                            int w = (int) (p >>> 6);
                            long now = bits[w] & ~(1L << p);
                            bits[w] = now;
                            if (now != 0) {
                                break;
                            }
                            entry >>>= 6;
                        }
                        if (--freeBlocks[k] == 0) {
                            nonEmpty &= ~(1 << k);
                        }
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocatedWordFilled")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "The level-0 word of allocated heads of order {@code k} holding {@code slot} was empty"
                                        + " and is not: marked non-empty one level up, and so on while words fill. Off the common"
                                        + " path of an allocation, which finds the word already non-empty.\n"))
                .addParameter(int.class, "k")
                .addParameter(int.class, "slot")
                .addCode(
                        """
                        int top = topLevel[k];
                        long entry = slot >>> 6;
                        for (int l = 1; l <= top; l++) {
                            long p = allocAt[k * LEVELS + l] + entry;
                            int w = (int) (p >>> 6);
                            long old = bits[w];
                            bits[w] = old | (1L << p);
                            if (old != 0) {
                                break;
                            }
                            entry >>>= 6;
                        }
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocatedWordEmptied")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap("The level-0 word of allocated heads of order {@code k} holding {@code slot} became"
                                + " empty: marked empty one level up, and so on while words empty.\n"))
                .addParameter(int.class, "k")
                .addParameter(int.class, "slot")
                .addCode(
                        """
                        int top = topLevel[k];
                        long entry = slot >>> 6;
                        for (int l = 1; l <= top; l++) {
                            long p = allocAt[k * LEVELS + l] + entry;
                            int w = (int) (p >>> 6);
                            long now = bits[w] & ~(1L << p);
                            bits[w] = now;
                            if (now != 0) {
                                break;
                            }
                            entry >>>= 6;
                        }
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("testBit")
                .addModifiers(Modifier.PRIVATE)
                .returns(boolean.class)
                .addParameter(long.class, "p")
                .addStatement("return (bits[(int) (p >>> 6)] & (1L << p)) != 0")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isUsable")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        """
                        Whether page {@code index} (within the span) is usable. The usable pages are exactly the pages of
                        the free and allocated blocks (I3), so this needs no bitmap of its own: the page is usable iff
                        a block of some order starts where that order's alignment puts its head.
                        """)
                .returns(boolean.class)
                .addParameter(int.class, "index")
                .addCode(
                        """
                        for (int k = 0; k < MAX_ORDER; k++) {
                            int slot = index >>> k;
                            if (testBit(freeAt[k * LEVELS] + slot) || testBit(allocAt[k * LEVELS] + slot)) {
                                return true;
                            }
                        }
                        return false;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocatedOrderAt")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "The order of the allocated block starting at {@code index} (within the span), or -1.\n"))
                .returns(int.class)
                .addParameter(int.class, "index")
                .addCode(
                        """
                        for (int k = 0; k < MAX_ORDER && (index & ((1 << k) - 1)) == 0; k++) {
                            if (testBit(allocAt[k * LEVELS] + (index >>> k))) {
                                return k;
                            }
                        }
                        return -1;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("nextSet")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "$L",
                        Docs.wrap("The first set bit at or after {@code from} in the bitmap of {@code limit} bits at"
                                + " {@code at}, or {@code limit}; a word at a time.\n"))
                .returns(long.class)
                .addParameter(long[].class, "bits")
                .addParameter(long.class, "at")
                .addParameter(long.class, "from")
                .addParameter(long.class, "limit")
                .addCode(
                        """
                        long i = from;
                        while (i < limit) {
                            long p = at + i;
                            long word = bits[(int) (p >>> 6)] >>> p;
                            if (word != 0) {
                                return Math.min(i + Long.numberOfTrailingZeros(word), limit);
                            }
                            i += 64 - (p & 63);
                        }
                        return limit;
                        """)
                .build());
    }
}
