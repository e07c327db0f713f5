package ruvix.physmem;

/** A profile that cannot be used; the message names the file, the field and the reason. */
public final class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final String reason;

    public ProfileException(String source, String field, String reason) {
        super(source + ": " + field + ": " + reason);
        this.source = source;
        this.field = field;
        this.reason = reason;
    }

    /** The file (or other source) the profile came from. */
    public String source() {
        return source;
    }

    /** The offending field, as a path such as {@code memoryMap.regions[1].base}. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
