package ruvix.physmem.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ruvix.physmem.MemoryMap;

class TraceFormatTest {
    private static final Trace TRACE = new Trace(
            "tiny",
            MemoryMap.of(
                    12,
                    List.of(new MemoryMap.Region(0x1000_0000L, 16), new MemoryMap.Region(0x2000_0000L, 4)),
                    List.of(new MemoryMap.Reserved(0x1000_3000L, 0x1000_4000L, "kernel image"))),
            List.of(
                    new TraceOp.Alloc(4),
                    new TraceOp.Alloc(-1),
                    new TraceOp.Free(0x1000_0000L, 4),
                    new TraceOp.Free(-4096, 1),
                    new TraceOp.Free(Long.MIN_VALUE, 0),
                    new TraceOp.Reset(),
                    new TraceOp.Alloc(Long.MAX_VALUE),
                    new TraceOp.AllocCritical(2),
                    new TraceOp.Constrained(1, 2, 0x1000_0000L, 0x1000_8000L, false),
                    new TraceOp.Constrained(1, -1, -4096, Long.MAX_VALUE, true),
                    new TraceOp.Bulk(0, 3, false, false),
                    new TraceOp.Bulk(1, 2, true, true),
                    new TraceOp.Watermarks(4, -8)));

    @Test
    void roundTrips() throws TraceFormatException {
        String text = TraceFormat.write(TRACE);
        assertEquals(TRACE, TraceFormat.parse("t", text));
        assertEquals(
                """
                physmem-trace 1
                profile tiny
                page-shift 12
                region 0x10000000 16
                region 0x20000000 4
                reserved 0x10003000 0x10004000 kernel image
                alloc 4
                alloc -1
                free 0x10000000 4
                free -4096 1
                free -9223372036854775808 0
                reset
                alloc 9223372036854775807
                alloc-critical 2
                alloc-constrained 1 2 0x10000000 0x10008000 normal
                alloc-constrained 1 -1 -4096 0x7fffffffffffffff critical
                alloc-bulk 0 3 normal
                alloc-bulk-exact 1 2 critical
                watermarks 4 -8
                """,
                text);
    }

    @Test
    void commentsAndBlankLinesAreIgnored() throws TraceFormatException {
        Trace t = TraceFormat.parse(
                "t",
                "# saved by a test\n\nphysmem-trace 1\nprofile x # the profile\npage-shift 12\nregion 0 4\nalloc 1\n");
        assertEquals(List.of(new TraceOp.Alloc(1)), t.ops());
        assertEquals(MemoryMap.single(12, 0, 4), t.map());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "physmem-trace 2|t:1: expected 'physmem-trace 1'",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nalloc|t:5: 'alloc' takes 1 argument(s), got 0",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nfree 0x10 ten|t:5: not a number: 'ten'",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nfree 0xffffffffffffffff 1|t:5: not a number: '0xffffffffffffffff'",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nmalloc 3|t:5: unknown statement 'malloc'",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nreserved 5|t:5: 'reserved' takes start, end and an optional label",
                "physmem-trace 1\\npage-shift 12\\nregion 0 4|t:3: no 'profile' statement",
                "physmem-trace 1\\nprofile x\\nregion 0 4|t:3: no 'page-shift' statement",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0x1001 4|t:4: invalid memory map: region 0 (base 0x1001, 4 pages): base is not aligned to the 4096-byte page",
                "physmem-trace 1\\nprofile x\\npage-shift 12|t:3: invalid memory map: memory map has no region",
                "''|t:1: empty trace: expected 'physmem-trace 1'",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nalloc-bulk 0 -1 normal|t:5: a bulk call needs 0 or more blocks, got -1",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nalloc-bulk 0 1 urgent|t:5: expected 'normal' or 'critical', got 'urgent'",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nalloc-constrained 1 4294967296 0 16 normal|t:5: not an int: '4294967296'",
                "physmem-trace 1\\nprofile x\\npage-shift 12\\nregion 0 4\\nwatermarks 1|t:5: 'watermarks' takes 2 argument(s), got 1",
            })
    void errorsNameLineAndReason(String text, String message) {
        assertEquals(
                message,
                assertThrows(TraceFormatException.class, () -> TraceFormat.parse("t", text.replace("\\n", "\n")))
                        .getMessage());
    }
}
