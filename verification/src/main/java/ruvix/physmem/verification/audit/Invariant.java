package ruvix.physmem.verification.audit;

import java.util.List;

/** An invariant of DESIGN.md with where it is proved and where it is tested. */
public record Invariant(String id, String name, String statement, List<Evidence> proved, List<Evidence> tested) {}
