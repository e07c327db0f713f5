package ruvix.physmem;

import java.util.Objects;

/** A call an allocator rejected; the allocator's state is unchanged (invariant I6). */
public final class PhysMemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PhysMemError error;

    public PhysMemException(PhysMemError error) {
        super(Objects.requireNonNull(error, "error").message());
        this.error = error;
    }

    public PhysMemException(PhysMemError error, String detail) {
        super(Objects.requireNonNull(error, "error").message() + ": " + detail);
        this.error = error;
    }

    public PhysMemError error() {
        return error;
    }
}
