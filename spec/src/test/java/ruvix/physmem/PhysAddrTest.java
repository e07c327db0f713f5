package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhysAddrTest {

    @Test
    void constructionAndAccessors() {
        PhysAddr a = PhysAddr.of(0x1000_0123);
        assertEquals(0x1000_0123, a.asLong());
        assertEquals(0x10000, a.pfn());
        assertEquals(0x123, a.pageOffset());
        assertFalse(a.isPageAligned());
        assertFalse(a.isNull());
        assertSame(PhysAddr.NULL, PhysAddr.of(0));
        assertTrue(PhysAddr.NULL.isNull());
        assertTrue(PhysAddr.NULL.isPageAligned());
        assertEquals(PhysAddr.of(Long.MAX_VALUE), PhysAddr.of(Long.MAX_VALUE));
    }

    @Test
    void negativeAddressesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PhysAddr.of(-1));
        assertThrows(IllegalArgumentException.class, () -> PhysAddr.of(Long.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> PhysAddr.fromPfn(-1));
    }

    @Test
    void fromPfn() {
        assertEquals(0x1000_0000, PhysAddr.fromPfn(0x10000).asLong());
        assertEquals(0, PhysAddr.fromPfn(0).asLong());
        long largest = Long.MAX_VALUE >> 12;
        assertEquals(largest << 12, PhysAddr.fromPfn(largest).asLong());
        assertThrows(ArithmeticException.class, () -> PhysAddr.fromPfn(largest + 1));
    }

    @Test
    void alignDownAndUp() {
        assertEquals(PhysAddr.of(0x1000), PhysAddr.of(0x1fff).alignDown());
        assertEquals(PhysAddr.of(0x2000), PhysAddr.of(0x1001).alignUp());
        assertEquals(PhysAddr.of(0x1000), PhysAddr.of(0x1000).alignUp());
        assertThrows(
                ArithmeticException.class, () -> PhysAddr.of(Long.MAX_VALUE).alignUp());
    }

    @Test
    void pageArithmetic() {
        PhysAddr a = PhysAddr.of(0x1000);
        assertEquals(PhysAddr.of(0x5000), a.addPages(4));
        assertEquals(a, a.addPages(0));
        assertEquals(PhysAddr.of(0x0000), a.subPages(1));
        assertEquals(PhysAddr.of(0x1010), a.addBytes(0x10));
        assertEquals(4, PhysAddr.of(0x1000).pagesTo(PhysAddr.of(0x5000)));
        assertEquals(0, PhysAddr.of(0x5000).pagesTo(PhysAddr.of(0x1000)));
        assertEquals(0, PhysAddr.of(0x1000).pagesTo(PhysAddr.of(0x1fff)));
    }

    @Test
    void arithmeticNeverWraps() {
        PhysAddr top = PhysAddr.of(Long.MAX_VALUE - 100);
        assertThrows(ArithmeticException.class, () -> top.addPages(1));
        assertThrows(ArithmeticException.class, () -> PhysAddr.of(0x1000).addPages(Long.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> top.addBytes(101));
        assertThrows(ArithmeticException.class, () -> PhysAddr.of(0x1000).subPages(2));
        assertThrows(ArithmeticException.class, () -> PhysAddr.of(0x1000).subPages(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> top.addPages(-1));
        assertThrows(IllegalArgumentException.class, () -> top.subPages(-1));
        assertThrows(IllegalArgumentException.class, () -> top.addBytes(-1));
    }

    @Test
    void isInRangeIsHalfOpen() {
        PhysAddr start = PhysAddr.of(0x1000);
        PhysAddr end = PhysAddr.of(0x5000);
        assertTrue(PhysAddr.of(0x1000).isInRange(start, end));
        assertTrue(PhysAddr.of(0x3000).isInRange(start, end));
        assertTrue(PhysAddr.of(0x4fff).isInRange(start, end));
        assertFalse(PhysAddr.of(0x5000).isInRange(start, end));
        assertFalse(PhysAddr.of(0x0000).isInRange(start, end));
        assertFalse(PhysAddr.of(0x3000).isInRange(end, start));
    }

    @Test
    void isOrderAlignedLikeTheCrateExample() {
        PhysAddr a = PhysAddr.of(0x4000);
        assertTrue(a.isOrderAligned(0));
        assertTrue(a.isOrderAligned(1));
        assertTrue(a.isOrderAligned(2));
        assertFalse(a.isOrderAligned(3));
        assertFalse(a.isOrderAligned(-1));
        assertTrue(PhysAddr.NULL.isOrderAligned(100));
        assertFalse(PhysAddr.of(1L << 62).isOrderAligned(51));
        assertTrue(PhysAddr.of(1L << 62).isOrderAligned(50));
    }

    @Test
    void orderingEqualityAndHex() {
        assertTrue(PhysAddr.of(1).compareTo(PhysAddr.of(2)) < 0);
        assertEquals(0, PhysAddr.of(7).compareTo(PhysAddr.of(7)));
        assertEquals(PhysAddr.of(7).hashCode(), PhysAddr.of(7).hashCode());
        assertNotEquals(PhysAddr.of(7), PhysAddr.of(8));
        assertNotEquals(PhysAddr.of(7), "0x7");
        assertEquals("0x10000000", PhysAddr.of(0x1000_0000).toString());
        assertEquals("0x0", PhysAddr.NULL.toString());
    }
}
