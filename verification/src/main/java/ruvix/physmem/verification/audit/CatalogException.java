package ruvix.physmem.verification.audit;

/** A requirement or invariant file that cannot be read; the message names file, entry and reason. */
public final class CatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }
}
