package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageFrameTest {
    private static PageFrame frame(long addr, int order) {
        return new PageFrame(PhysAddr.of(addr), PageOrder.of(order).orElseThrow());
    }

    @Test
    void accessors() {
        PageFrame f = frame(0x1000_0000, 2);
        assertEquals(4, f.pages());
        assertEquals(16384, f.bytes());
        assertEquals(PhysAddr.of(0x1000_4000), f.endAddr());
        assertEquals(0x10000, f.pfn());
        assertEquals(PageOrder.MIN, PageFrame.singlePage(PhysAddr.of(0x2000)).order());
        assertThrows(NullPointerException.class, () -> new PageFrame(null, PageOrder.MIN));
        assertThrows(NullPointerException.class, () -> new PageFrame(PhysAddr.NULL, null));
    }

    @Test
    void containsIsHalfOpen() {
        PageFrame f = frame(0x4000, 1);
        assertTrue(f.contains(PhysAddr.of(0x4000)));
        assertTrue(f.contains(PhysAddr.of(0x5fff)));
        assertFalse(f.contains(PhysAddr.of(0x6000)));
        assertFalse(f.contains(PhysAddr.of(0x3fff)));
    }

    @Test
    void splitGivesLowerHalfFirst() {
        assertEquals(
                Optional.of(List.of(frame(0x8000, 2), frame(0xc000, 2))),
                frame(0x8000, 3).split());
        assertEquals(Optional.empty(), frame(0x8000, 0).split());
    }

    @Test
    void buddyAddress() {
        assertEquals(PhysAddr.of(0xc000), frame(0x8000, 2).buddyAddr());
        assertEquals(PhysAddr.of(0x8000), frame(0xc000, 2).buddyAddr());
        assertEquals(PhysAddr.of(0x1000), frame(0x0000, 0).buddyAddr());
    }

    @Test
    void mergeOnlyTrueBuddiesOfEqualOrder() {
        assertEquals(Optional.of(frame(0x8000, 3)), frame(0x8000, 2).merge(frame(0xc000, 2)));
        assertEquals(Optional.of(frame(0x8000, 3)), frame(0xc000, 2).merge(frame(0x8000, 2)));
        assertEquals(Optional.empty(), frame(0x8000, 2).merge(frame(0xc000, 1)));
        assertEquals(Optional.empty(), frame(0x8000, 2).merge(frame(0x10000, 2)));
        assertEquals(Optional.empty(), frame(0x0, 9).merge(frame(0x200000, 9)));
    }

    @Test
    void endAddrNeverWraps() {
        assertThrows(
                ArithmeticException.class, () -> frame(Long.MAX_VALUE - 4095, 0).endAddr());
    }
}
