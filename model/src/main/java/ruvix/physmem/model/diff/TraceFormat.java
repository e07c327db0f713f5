package ruvix.physmem.model.diff;

import java.util.ArrayList;
import java.util.List;
import ruvix.physmem.MemoryMap;

/**
 * The text form of a {@link Trace}, one statement a line, {@code #} starts a comment:
 *
 * <pre>
 * physmem-trace 1
 * profile tiny
 * page-shift 12
 * region 0x10000000 16          # base, pages
 * reserved 0x10003000 0x10004000 # start, end (bytes, end exclusive)
 * alloc 4
 * free 0x10000000 4
 * alloc-critical 2
 * alloc-constrained 1 2 0x10000000 0x10008000 normal   # count, align order, window, class
 * alloc-bulk 0 3 normal                                 # order, blocks, class
 * alloc-bulk-exact 1 2 critical
 * watermarks 4 8                                        # min, low (pages)
 * reset
 * </pre>
 */
public final class TraceFormat {
    private static final String MAGIC = "physmem-trace 1";

    private TraceFormat() {}

    /** The trace as text; {@link #parse} reads it back to an equal trace. */
    public static String write(Trace trace) {
        StringBuilder s = new StringBuilder(MAGIC).append('\n');
        s.append("profile ").append(trace.profile()).append('\n');
        s.append("page-shift ").append(trace.map().pageShift()).append('\n');
        for (MemoryMap.Region r : trace.map().regions()) {
            s.append("region 0x")
                    .append(Long.toHexString(r.base()))
                    .append(' ')
                    .append(r.pages())
                    .append('\n');
        }
        for (MemoryMap.Reserved r : trace.map().reserved()) {
            s.append("reserved 0x")
                    .append(Long.toHexString(r.start()))
                    .append(" 0x")
                    .append(Long.toHexString(r.end()))
                    .append(' ')
                    .append(r.label())
                    .append('\n');
        }
        for (TraceOp op : trace.ops()) {
            s.append(op.toLine()).append('\n');
        }
        return s.toString();
    }

    /**
     * Reads a trace.
     *
     * @param source names the text in error messages
     * @throws TraceFormatException naming the line and the reason
     */
    public static Trace parse(String source, String text) throws TraceFormatException {
        String[] lines = text.split("\n", -1);
        String profile = null;
        int pageShift = -1;
        List<MemoryMap.Region> regions = new ArrayList<>();
        List<MemoryMap.Reserved> reserved = new ArrayList<>();
        List<TraceOp> ops = new ArrayList<>();
        boolean sawMagic = false;
        int mapLine = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = stripComment(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            if (!sawMagic) {
                if (!line.equals(MAGIC)) {
                    throw new TraceFormatException(source, lineNo, "expected '" + MAGIC + "'");
                }
                sawMagic = true;
                continue;
            }
            String[] w = line.split("\\s+");
            switch (w[0]) {
                case "profile" -> {
                    arity(source, lineNo, w, 2);
                    profile = w[1];
                }
                case "page-shift" -> {
                    arity(source, lineNo, w, 2);
                    pageShift = (int) number(source, lineNo, w[1]);
                    mapLine = lineNo;
                }
                case "region" -> {
                    arity(source, lineNo, w, 3);
                    regions.add(new MemoryMap.Region(number(source, lineNo, w[1]), number(source, lineNo, w[2])));
                    mapLine = lineNo;
                }
                case "reserved" -> {
                    if (w.length < 3) {
                        throw new TraceFormatException(
                                source, lineNo, "'reserved' takes start, end and an optional label");
                    }
                    String label = w.length > 3 ? String.join(" ", List.of(w).subList(3, w.length)) : "reserved";
                    reserved.add(
                            new MemoryMap.Reserved(number(source, lineNo, w[1]), number(source, lineNo, w[2]), label));
                    mapLine = lineNo;
                }
                case "alloc" -> {
                    arity(source, lineNo, w, 2);
                    ops.add(new TraceOp.Alloc(number(source, lineNo, w[1])));
                }
                case "free" -> {
                    arity(source, lineNo, w, 3);
                    ops.add(new TraceOp.Free(number(source, lineNo, w[1]), number(source, lineNo, w[2])));
                }
                case "alloc-critical" -> {
                    arity(source, lineNo, w, 2);
                    ops.add(new TraceOp.AllocCritical(number(source, lineNo, w[1])));
                }
                case "alloc-constrained" -> {
                    arity(source, lineNo, w, 6);
                    ops.add(new TraceOp.Constrained(
                            number(source, lineNo, w[1]),
                            integer(source, lineNo, w[2]),
                            number(source, lineNo, w[3]),
                            number(source, lineNo, w[4]),
                            critical(source, lineNo, w[5])));
                }
                case "alloc-bulk", "alloc-bulk-exact" -> {
                    arity(source, lineNo, w, 4);
                    int n = integer(source, lineNo, w[2]);
                    if (n < 0) {
                        throw new TraceFormatException(source, lineNo, "a bulk call needs 0 or more blocks, got " + n);
                    }
                    ops.add(new TraceOp.Bulk(
                            integer(source, lineNo, w[1]),
                            n,
                            w[0].equals("alloc-bulk-exact"),
                            critical(source, lineNo, w[3])));
                }
                case "watermarks" -> {
                    arity(source, lineNo, w, 3);
                    ops.add(new TraceOp.Watermarks(number(source, lineNo, w[1]), number(source, lineNo, w[2])));
                }
                case "reset" -> {
                    arity(source, lineNo, w, 1);
                    ops.add(new TraceOp.Reset());
                }
                default -> throw new TraceFormatException(source, lineNo, "unknown statement '" + w[0] + "'");
            }
        }
        if (!sawMagic) {
            throw new TraceFormatException(source, 1, "empty trace: expected '" + MAGIC + "'");
        }
        if (profile == null) {
            throw new TraceFormatException(source, lines.length, "no 'profile' statement");
        }
        if (pageShift < 0) {
            throw new TraceFormatException(source, lines.length, "no 'page-shift' statement");
        }
        try {
            return new Trace(profile, MemoryMap.of(pageShift, regions, reserved), ops);
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException(source, mapLine, "invalid memory map: " + e.getMessage());
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    private static void arity(String source, int line, String[] words, int expected) throws TraceFormatException {
        if (words.length != expected) {
            throw new TraceFormatException(
                    source,
                    line,
                    "'" + words[0] + "' takes " + (expected - 1) + " argument(s), got " + (words.length - 1));
        }
    }

    private static int integer(String source, int line, String word) throws TraceFormatException {
        long n = number(source, line, word);
        if (n != (int) n) {
            throw new TraceFormatException(source, line, "not an int: '" + word + "'");
        }
        return (int) n;
    }

    private static boolean critical(String source, int line, String word) throws TraceFormatException {
        return switch (word) {
            case "normal" -> false;
            case "critical" -> true;
            default -> throw new TraceFormatException(
                    source, line, "expected 'normal' or 'critical', got '" + word + "'");
        };
    }

    private static long number(String source, int line, String word) throws TraceFormatException {
        try {
            return word.startsWith("0x") ? Long.parseLong(word.substring(2), 16) : Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new TraceFormatException(source, line, "not a number: '" + word + "'");
        }
    }
}
