package ruvix.physmem.verification;

import java.util.List;

/**
 * The result of one proof attempt.
 *
 * @param contract KeY's contract name (unique)
 * @param type the class that declares the contract
 * @param method the target method or constructor
 * @param behaviour the specification case (e.g. "normal_behavior 2")
 * @param status CLOSED, OPEN (goals left within the limits) or ERROR (KeY could not start)
 * @param closedBy "auto" or "script" (replayed from a committed file); "-" when not closed
 * @param settings the name of the settings profile used (see the report's settings)
 * @param script the committed proof script that was run, or "-" for auto mode
 * @param openGoals readable excerpts of the open goals, at most a few
 */
public record ContractOutcome(
        String contract,
        String type,
        String method,
        String behaviour,
        Status status,
        String closedBy,
        String settings,
        String script,
        int nodes,
        int branches,
        long millis,
        int openGoalCount,
        List<String> openGoals) {

    public enum Status {
        CLOSED,
        OPEN,
        ERROR
    }

    public boolean closed() {
        return status == Status.CLOSED;
    }
}
