package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void physMemErrorHasTheCratesTenVariantsAndMessages() {
        assertEquals(10, PhysMemError.values().length);
        assertEquals("Out of physical memory", PhysMemError.OUT_OF_MEMORY.message());
        assertEquals("Allocation size exceeds maximum block size", PhysMemError.ALLOCATION_TOO_LARGE.message());
        assertEquals("Cannot allocate zero pages", PhysMemError.ZERO_ALLOCATION.message());
        assertEquals("Address is not page-aligned", PhysMemError.UNALIGNED_ADDRESS.message());
        assertEquals("Address is outside managed memory range", PhysMemError.ADDRESS_OUT_OF_RANGE.message());
        assertEquals("Block is not allocated (possible double-free)", PhysMemError.NOT_ALLOCATED.message());
        assertEquals("Free size does not match allocation size", PhysMemError.SIZE_MISMATCH.message());
        assertEquals("Allocator has not been initialized", PhysMemError.NOT_INITIALIZED.message());
        assertEquals("Invalid block order specified", PhysMemError.INVALID_ORDER.message());
        assertEquals("Internal allocator corruption detected", PhysMemError.INTERNAL_CORRUPTION.message());
    }

    @Test
    void kernelErrorMappingIsTheCrates() {
        assertEquals(KernelError.OUT_OF_MEMORY, PhysMemError.OUT_OF_MEMORY.toKernelError());
        assertEquals(KernelError.OUT_OF_MEMORY, PhysMemError.ALLOCATION_TOO_LARGE.toKernelError());
        assertEquals(KernelError.INVALID_ARGUMENT, PhysMemError.ZERO_ALLOCATION.toKernelError());
        assertEquals(KernelError.INVALID_ARGUMENT, PhysMemError.INVALID_ORDER.toKernelError());
        assertEquals(KernelError.INVALID_ARGUMENT, PhysMemError.UNALIGNED_ADDRESS.toKernelError());
        assertEquals(KernelError.INVALID_ARGUMENT, PhysMemError.ADDRESS_OUT_OF_RANGE.toKernelError());
        assertEquals(KernelError.INVALID_ARGUMENT, PhysMemError.NOT_ALLOCATED.toKernelError());
        assertEquals(KernelError.INVALID_ARGUMENT, PhysMemError.SIZE_MISMATCH.toKernelError());
        assertEquals(KernelError.NOT_PERMITTED, PhysMemError.NOT_INITIALIZED.toKernelError());
        assertEquals(KernelError.INTERNAL_ERROR, PhysMemError.INTERNAL_CORRUPTION.toKernelError());
    }

    @Test
    void primitiveCodesRoundTripAndAreNegative() {
        for (PhysMemError e : PhysMemError.values()) {
            assertEquals(e, PhysMemError.fromCode(e.code()));
            assertEquals(true, e.code() < 0);
        }
        assertEquals(-1, PhysMemError.OUT_OF_MEMORY.code());
        assertEquals(-10, PhysMemError.INTERNAL_CORRUPTION.code());
        assertThrows(IllegalArgumentException.class, () -> PhysMemError.fromCode(0));
        assertThrows(IllegalArgumentException.class, () -> PhysMemError.fromCode(-11));
        assertThrows(IllegalArgumentException.class, () -> PhysMemError.fromCode(Long.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> PhysMemError.fromCode(5));
    }

    @Test
    void kernelErrorCodesAreTheKernelAbi() {
        assertEquals(28, KernelError.values().length);
        assertEquals(1, KernelError.INVALID_CAPABILITY.code());
        assertEquals(5, KernelError.OUT_OF_MEMORY.code());
        assertEquals(15, KernelError.NOT_PERMITTED.code());
        assertEquals(25, KernelError.INVALID_ARGUMENT.code());
        assertEquals(27, KernelError.INVALID_DESCRIPTOR_REGION.code());
        assertEquals(255, KernelError.INTERNAL_ERROR.code());
        assertEquals("Out of memory", KernelError.OUT_OF_MEMORY.message());
        int[] codes =
                Arrays.stream(KernelError.values()).mapToInt(KernelError::code).toArray();
        for (int i = 0; i < 27; i++) {
            assertEquals(i + 1, codes[i], "codes 1..27 are contiguous");
        }
    }

    @Test
    void kernelErrorFromCode() {
        for (KernelError e : KernelError.values()) {
            assertEquals(Optional.of(e), KernelError.fromCode(e.code()));
        }
        assertEquals(Optional.empty(), KernelError.fromCode(0));
        assertEquals(Optional.empty(), KernelError.fromCode(28));
        assertEquals(Optional.empty(), KernelError.fromCode(254));
        assertEquals(Optional.empty(), KernelError.fromCode(-1));
    }

    @Test
    void exceptionCarriesItsError() {
        PhysMemException e = new PhysMemException(PhysMemError.NOT_ALLOCATED);
        assertEquals(PhysMemError.NOT_ALLOCATED, e.error());
        assertEquals("Block is not allocated (possible double-free)", e.getMessage());
        PhysMemException d = new PhysMemException(PhysMemError.OUT_OF_MEMORY, "order 3");
        assertEquals("Out of physical memory: order 3", d.getMessage());
        assertThrows(NullPointerException.class, () -> new PhysMemException(null));
    }
}
