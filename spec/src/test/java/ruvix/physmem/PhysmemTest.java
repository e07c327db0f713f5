package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhysmemTest {

    @Test
    void constantsMatchTheCrate() {
        assertEquals(4096, Physmem.PAGE_SIZE);
        assertEquals(12, Physmem.PAGE_SHIFT);
        assertEquals(10, Physmem.MAX_ORDER);
        assertEquals(0, Physmem.MIN_ORDER);
        assertEquals(512, Physmem.MAX_BLOCK_PAGES);
        assertEquals(2 * 1024 * 1024, Physmem.MAX_BLOCK_SIZE);
    }

    @ParameterizedTest
    @CsvSource({
        "0,0",
        "1,0",
        "2,1",
        "3,2",
        "4,2",
        "5,3",
        "512,9",
        "513,10",
        "1024,10",
        "1025,11",
        "4611686018427387904,62",
        "4611686018427387905,63",
        "9223372036854775807,63"
    })
    void pagesToOrderRoundsUpLikeTheCrate(long pages, int order) {
        assertEquals(order, Physmem.pagesToOrder(pages));
    }

    @Test
    void pagesToOrderRejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> Physmem.pagesToOrder(-1));
        assertThrows(IllegalArgumentException.class, () -> Physmem.pagesToOrder(Long.MIN_VALUE));
    }

    @Test
    void orderToPagesAndBytes() {
        assertEquals(1, Physmem.orderToPages(0));
        assertEquals(512, Physmem.orderToPages(9));
        assertEquals(1L << 62, Physmem.orderToPages(62));
        assertEquals(4096, Physmem.orderToBytes(0));
        assertEquals(2 * 1024 * 1024, Physmem.orderToBytes(9));
        assertEquals(1L << 62, Physmem.orderToBytes(50));
        assertThrows(IllegalArgumentException.class, () -> Physmem.orderToPages(-1));
        assertThrows(IllegalArgumentException.class, () -> Physmem.orderToPages(63));
        assertThrows(IllegalArgumentException.class, () -> Physmem.orderToBytes(-1));
        assertThrows(IllegalArgumentException.class, () -> Physmem.orderToBytes(51));
    }

    @Test
    void alignment() {
        assertTrue(Physmem.isPageAligned(0));
        assertTrue(Physmem.isPageAligned(0x1000));
        assertFalse(Physmem.isPageAligned(0x1001));
        assertFalse(Physmem.isPageAligned(Long.MAX_VALUE));
        assertEquals(0x1000, Physmem.alignDown(0x1fff));
        assertEquals(0x1000, Physmem.alignDown(0x1000));
        assertEquals(0, Physmem.alignDown(0));
        assertEquals(0x2000, Physmem.alignUp(0x1001));
        assertEquals(0x1000, Physmem.alignUp(0x1000));
        assertEquals(0, Physmem.alignUp(0));
        assertEquals(Long.MAX_VALUE & -4096L, Physmem.alignDown(Long.MAX_VALUE));
    }

    @Test
    void alignUpNeverWraps() {
        assertThrows(ArithmeticException.class, () -> Physmem.alignUp(Long.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> Physmem.alignUp(Long.MAX_VALUE - 4094));
        assertEquals(Long.MAX_VALUE - 4095, Physmem.alignUp(Long.MAX_VALUE - 4095));
    }

    @Test
    void negativeAddressesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Physmem.alignDown(-1));
        assertThrows(IllegalArgumentException.class, () -> Physmem.alignUp(-4096));
    }
}
