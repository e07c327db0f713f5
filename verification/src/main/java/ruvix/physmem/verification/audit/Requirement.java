package ruvix.physmem.verification.audit;

import java.util.List;

/**
 * An ADR-087 statement that binds the allocator, with the evidence that discharges it.
 *
 * @param status {@code met}, {@code deferred} or {@code beyond}
 */
public record Requirement(
        String id,
        String title,
        String statement,
        String source,
        String applies,
        String status,
        List<Evidence> evidence,
        String notes) {}
