package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageOrderTest {

    @Test
    void ofAcceptsExactlyTheCrateOrders() {
        for (int k = 0; k < Physmem.MAX_ORDER; k++) {
            assertEquals(k, PageOrder.of(k).orElseThrow().asInt());
        }
        assertEquals(Optional.empty(), PageOrder.of(-1));
        assertEquals(Optional.empty(), PageOrder.of(Physmem.MAX_ORDER));
        assertEquals(Optional.empty(), PageOrder.of(Integer.MAX_VALUE));
        assertEquals(0, PageOrder.MIN.asInt());
        assertEquals(9, PageOrder.MAX.asInt());
    }

    @Test
    void pagesAndBytes() {
        assertEquals(1, PageOrder.MIN.pages());
        assertEquals(4096, PageOrder.MIN.bytes());
        assertEquals(512, PageOrder.MAX.pages());
        assertEquals(2 * 1024 * 1024, PageOrder.MAX.bytes());
    }

    @Test
    void nextAndPrevStopAtTheEnds() {
        assertEquals(1, PageOrder.MIN.next().orElseThrow().asInt());
        assertEquals(Optional.empty(), PageOrder.MIN.prev());
        assertEquals(8, PageOrder.MAX.prev().orElseThrow().asInt());
        assertEquals(Optional.empty(), PageOrder.MAX.next());
    }

    @Test
    void fromPagesRoundsUpLikeTheCrate() {
        assertEquals(0, PageOrder.fromPages(1).orElseThrow().asInt());
        assertEquals(1, PageOrder.fromPages(2).orElseThrow().asInt());
        assertEquals(2, PageOrder.fromPages(3).orElseThrow().asInt());
        assertEquals(2, PageOrder.fromPages(4).orElseThrow().asInt());
        assertEquals(9, PageOrder.fromPages(512).orElseThrow().asInt());
        assertEquals(Optional.empty(), PageOrder.fromPages(513));
        assertEquals(Optional.empty(), PageOrder.fromPages(0));
        assertEquals(Optional.empty(), PageOrder.fromPages(-5));
        assertEquals(Optional.empty(), PageOrder.fromPages(Long.MAX_VALUE));
    }

    @Test
    void fromBytesRoundsUpLikeTheCrate() {
        assertEquals(0, PageOrder.fromBytes(1).orElseThrow().asInt());
        assertEquals(0, PageOrder.fromBytes(4096).orElseThrow().asInt());
        assertEquals(1, PageOrder.fromBytes(4097).orElseThrow().asInt());
        assertEquals(1, PageOrder.fromBytes(8192).orElseThrow().asInt());
        assertEquals(9, PageOrder.fromBytes(2 * 1024 * 1024).orElseThrow().asInt());
        assertEquals(Optional.empty(), PageOrder.fromBytes(2 * 1024 * 1024 + 1));
        assertEquals(Optional.empty(), PageOrder.fromBytes(0));
        assertEquals(Optional.empty(), PageOrder.fromBytes(-1));
        assertEquals(Optional.empty(), PageOrder.fromBytes(Long.MAX_VALUE));
    }

    @Test
    void orderingEqualityText() {
        assertTrue(PageOrder.MIN.compareTo(PageOrder.MAX) < 0);
        assertEquals(PageOrder.of(3), PageOrder.of(3));
        assertEquals(3, PageOrder.of(3).orElseThrow().hashCode());
        assertNotEquals(PageOrder.MIN, PageOrder.MAX);
        assertNotEquals(PageOrder.MIN, "order 0");
        assertEquals(
                "order 2 (4 pages, 16384 bytes)", PageOrder.of(2).orElseThrow().toString());
    }
}
