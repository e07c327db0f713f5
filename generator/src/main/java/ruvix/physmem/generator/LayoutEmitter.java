package ruvix.physmem.generator;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Where the bitmaps live in the one {@code long[]}, and how init fills them: static helpers that
 * run only in {@code init} and {@code reset}, in time proportional to words, not pages.
 */
final class LayoutEmitter {
    private LayoutEmitter() {}

    static void emit(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("slots")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "$L",
                        Docs.wrap("Block slots of order {@code k} over {@code span} indices, rounded up to even so that"
                                + " every buddy bit exists.\n"))
                .returns(long.class)
                .addParameter(int.class, "span")
                .addParameter(int.class, "k")
                .addStatement("long slots = ((long) span + (1L << k) - 1) >>> k")
                .addStatement("return (slots + 1) & -2L")
                .build());
        type.addMethod(MethodSpec.methodBuilder("layout")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        """
                        Places every bitmap for an index span of {@code span}: fills {@code freeAt}, {@code topLevel} and
                        {@code allocAt} and returns the number of words. The free-head and the allocated-head bitmap of
                        an order have the same slots, so the same levels. Bitmaps of 64 bits or more start on a word
                        boundary and own their words, so that a summary bit means exactly "this word is non-zero";
                        smaller ones (top levels, high orders) are packed into shared words without straddling one.
                        """)
                .returns(int.class)
                .addParameter(int.class, "span")
                .addParameter(long[].class, "freeAt")
                .addParameter(int[].class, "topLevel")
                .addParameter(long[].class, "allocAt")
                .addCode(
                        """
                        // Segment i = (2 * k + h) * LEVELS + l: level l of the free (h = 0) or allocated (h = 1) heads of
                        // order k.
                        long[] size = new long[2 * MAX_ORDER * LEVELS];
                        for (int k = 0; k < MAX_ORDER; k++) {
                            long entries = slots(span, k);
                            int level = 0;
                            size[2 * k * LEVELS] = entries;
                            size[(2 * k + 1) * LEVELS] = entries;
                            while (entries > 64) {
                                entries = (entries + 63) >>> 6;
                                level++;
                                size[2 * k * LEVELS + level] = entries;
                                size[(2 * k + 1) * LEVELS + level] = entries;
                            }
                            topLevel[k] = level;
                        }
                        long[] at = new long[size.length];
                        long cursor = 0;
                        for (int i = 0; i < size.length; i++) {
                            if (size[i] >= 64) {
                                at[i] = cursor;
                                cursor += (size[i] + 63) & -64L;
                            }
                        }
                        for (int i = 0; i < size.length; i++) {
                            if (size[i] > 0 && size[i] < 64) {
                                if ((cursor & 63) + size[i] > 64) {
                                    cursor = (cursor + 63) & -64L;
                                }
                                at[i] = cursor;
                                cursor += size[i];
                            }
                        }
                        for (int k = 0; k < MAX_ORDER; k++) {
                            for (int l = 0; l < LEVELS; l++) {
                                freeAt[k * LEVELS + l] = at[2 * k * LEVELS + l];
                                allocAt[k * LEVELS + l] = at[(2 * k + 1) * LEVELS + l];
                            }
                        }
                        return (int) ((cursor + 63) >>> 6);
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("seed")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        """
                        Frees every usable page as DESIGN.md's init does: each run {@code [s, e)} is cut greedily into the
                        largest blocks that are aligned and fit. The top-order blocks in the middle of a run are set a
                        word at a time, then the summary levels are derived from level 0: O(words), not O(pages).
                        {@code bits} and {@code counts} must be zero.
                        """)
                .addParameter(long[].class, "bits")
                .addParameter(long[].class, "freeAt")
                .addParameter(int[].class, "topLevel")
                .addParameter(int.class, "span")
                .addParameter(int[].class, "runStart")
                .addParameter(int[].class, "runEnd")
                .addParameter(long[].class, "counts")
                .addCode(
                        """
                        for (int r = 0; r < runStart.length; r++) {
                            int s = runStart[r];
                            int e = runEnd[r];
                            while (s < e) {
                                int k = Math.min(
                                        Math.min(Integer.numberOfTrailingZeros(s), TOP_ORDER),
                                        31 - Integer.numberOfLeadingZeros(e - s));
                                if (k == TOP_ORDER) {
                                    int n = (e - s) >>> TOP_ORDER;
                                    setBits(bits, freeAt[TOP_ORDER * LEVELS] + (s >>> TOP_ORDER), n);
                                    counts[TOP_ORDER] += n;
                                    s += n << TOP_ORDER;
                                } else {
                                    long p = freeAt[k * LEVELS] + (s >>> k);
                                    bits[(int) (p >>> 6)] |= 1L << p;
                                    counts[k]++;
                                    s += 1 << k;
                                }
                            }
                        }
                        for (int k = 0; k < MAX_ORDER; k++) {
                            long entries = slots(span, k);
                            for (int l = 1; l <= topLevel[k]; l++) {
                                long words = (entries + 63) >>> 6;
                                int lower = (int) (freeAt[k * LEVELS + l - 1] >>> 6);
                                long upper = freeAt[k * LEVELS + l];
                                for (int w = 0; w < words; w++) {
                                    if (bits[lower + w] != 0) {
                                        bits[(int) ((upper + w) >>> 6)] |= 1L << (upper + w);
                                    }
                                }
                                entries = words;
                            }
                        }
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("setBits")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("$L", Docs.wrap("Sets bits {@code [from, from + n)}, a word at a time.\n"))
                .addParameter(long[].class, "bits")
                .addParameter(long.class, "from")
                .addParameter(long.class, "n")
                .addCode(
                        """
                        long to = from + n;
                        long p = from;
                        while (p < to) {
                            long wordStart = p & -64L;
                            int lo = (int) (p - wordStart);
                            int hi = (int) Math.min(64, to - wordStart);
                            bits[(int) (p >>> 6)] |= (-1L >>> (64 - (hi - lo))) << lo;
                            p = wordStart + hi;
                        }
                        """)
                .build());
    }
}
