package ruvix.physmem.verification.cli;

/** Human-readable sizes for command output. */
final class Units {
    private Units() {}

    /** {@code 4096} gives {@code 4K}, {@code 2097152} gives {@code 2M}; other values stay in bytes. */
    static String bytes(long bytes) {
        String[] units = {"", "K", "M", "G", "T"};
        int unit = 0;
        while (unit < units.length - 1 && bytes >= 1024 && bytes % 1024 == 0) {
            bytes /= 1024;
            unit++;
        }
        return bytes + units[unit];
    }
}
