package ruvix.physmem;

/**
 * Why an allocator rejected a call: the crate's ten variants. Each rejected call leaves the
 * allocator's blocks and counts unchanged, except the counter of rejected calls (invariant I6).
 */
public enum PhysMemError {
    OUT_OF_MEMORY("Out of physical memory", KernelError.OUT_OF_MEMORY),
    ALLOCATION_TOO_LARGE("Allocation size exceeds maximum block size", KernelError.OUT_OF_MEMORY),
    ZERO_ALLOCATION("Cannot allocate zero pages", KernelError.INVALID_ARGUMENT),
    UNALIGNED_ADDRESS("Address is not page-aligned", KernelError.INVALID_ARGUMENT),
    ADDRESS_OUT_OF_RANGE("Address is outside managed memory range", KernelError.INVALID_ARGUMENT),
    NOT_ALLOCATED("Block is not allocated (possible double-free)", KernelError.INVALID_ARGUMENT),
    SIZE_MISMATCH("Free size does not match allocation size", KernelError.INVALID_ARGUMENT),
    NOT_INITIALIZED("Allocator has not been initialized", KernelError.NOT_PERMITTED),
    INVALID_ORDER("Invalid block order specified", KernelError.INVALID_ARGUMENT),
    INTERNAL_CORRUPTION("Internal allocator corruption detected", KernelError.INTERNAL_ERROR);

    private final String message;
    private final KernelError kernelError;

    PhysMemError(String message, KernelError kernelError) {
        this.message = message;
        this.kernelError = kernelError;
    }

    /** The crate's description of the error. */
    public String message() {
        return message;
    }

    /** The kernel error this maps to, exactly as the crate maps it. */
    public KernelError toKernelError() {
        return kernelError;
    }

    /**
     * The primitive code of this error as the generated allocators' primitive entry points return
     * it: {@code -(ordinal + 1)}, always negative, so that a non-negative value can be an address.
     */
    public int code() {
        return -(ordinal() + 1);
    }

    /**
     * The error with primitive code {@code code}.
     *
     * @throws IllegalArgumentException if {@code code} is not an error code
     */
    public static PhysMemError fromCode(long code) {
        PhysMemError[] all = values();
        if (code >= 0 || code < -all.length) {
            throw new IllegalArgumentException("not a physmem error code: " + code);
        }
        return all[(int) (-code - 1)];
    }
}
