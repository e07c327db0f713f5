package ruvix.physmem;

import java.util.Optional;

/** The RuVix kernel's error codes (a stable ABI: the numbers never change). */
public enum KernelError {
    INVALID_CAPABILITY(1, "Invalid capability handle"),
    INSUFFICIENT_RIGHTS(2, "Insufficient capability rights"),
    CAPABILITY_REVOKED(3, "Capability has been revoked"),
    PROOF_REJECTED(4, "Proof token rejected"),
    OUT_OF_MEMORY(5, "Out of memory"),
    QUEUE_FULL(6, "Queue is full"),
    QUEUE_EMPTY(7, "Queue is empty"),
    TIMEOUT(8, "Operation timed out"),
    INVALID_SIGNATURE(9, "Invalid RVF signature"),
    INVALID_MANIFEST(10, "Invalid RVF manifest"),
    INVALID_OBJECT_TYPE(11, "Invalid object type for operation"),
    LIMIT_EXCEEDED(12, "System limit exceeded"),
    ALREADY_EXISTS(13, "Resource already exists"),
    NOT_FOUND(14, "Resource not found"),
    NOT_PERMITTED(15, "Operation not permitted"),
    COHERENCE_VIOLATION(16, "Coherence constraint violated"),
    DELEGATION_DEPTH_EXCEEDED(17, "Maximum delegation depth exceeded"),
    CANNOT_GRANT(18, "Capability cannot be granted"),
    STALE_HANDLE(19, "Stale handle (generation mismatch)"),
    INVALID_SLOT(20, "Invalid or stale slot handle"),
    SLAB_FULL(21, "Slab region has no free slots"),
    REGION_FULL(22, "Region has reached maximum size"),
    REGION_POLICY_VIOLATION(23, "Operation violates region policy"),
    BUFFER_TOO_SMALL(24, "Buffer too small for operation"),
    INVALID_ARGUMENT(25, "Invalid argument provided"),
    MESSAGE_TOO_LARGE(26, "Message exceeds maximum size"),
    INVALID_DESCRIPTOR_REGION(27, "Descriptor region policy invalid for zero-copy"),
    INTERNAL_ERROR(255, "Internal kernel error");

    private final int code;
    private final String message;

    KernelError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The numeric code of the kernel ABI. */
    public int code() {
        return code;
    }

    /** The kernel's human-readable description. */
    public String message() {
        return message;
    }

    /** The error with numeric code {@code code}, or empty for a code the kernel does not define. */
    public static Optional<KernelError> fromCode(int code) {
        for (KernelError error : values()) {
            if (error.code == code) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }
}
