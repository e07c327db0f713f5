package ruvix.physmem.verification.audit;

import java.util.Map;
import ruvix.physmem.MemoryMap;

/**
 * One differential run of the audit: the model against a profile's generated allocator.
 *
 * @param divergence the failure report, or {@code null} when they agreed on every call
 */
public record CheckResult(
        String profile, MemoryMap map, long calls, double seconds, Map<String, Long> outcomes, String divergence) {
    public boolean agreed() {
        return divergence == null;
    }
}
