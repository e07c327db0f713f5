package ruvix.physmem.verification;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of one proof attempt.
 *
 * @param contract KeY's contract name (unique)
 * @param type the class that declares the contract
 * @param method the target method or constructor
 * @param behaviour the specification case (e.g. "normal_behavior 2")
 * @param status CLOSED, OPEN (goals left within the limits) or ERROR (KeY could not start)
 * @param closedBy "auto", "script" (the committed proof script was run) or "replay" (the committed
 *     saved proof was replayed); "-" when not closed
 * @param settings the name of the settings profile used (see the report's settings)
 * @param script the committed proof script that was run, or "-" for auto mode
 * @param savedProof the committed saved proof of the contract (file name), or "-" if there is none
 * @param millis this run's wall-clock time for the contract
 * @param searchMillis the wall-clock time of the search that found the proof: this run's for a
 *     search, the recorded one for a replay (it sets the budget of a mutant's attempt)
 * @param openGoals readable excerpts of the open goals, at most a few
 * @param notes what the run noticed besides open goals: how a replayed proof was found, or why a
 *     saved proof did not replay
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
        String savedProof,
        int nodes,
        int branches,
        long millis,
        long searchMillis,
        int openGoalCount,
        List<String> openGoals,
        List<String> notes) {

    public enum Status {
        CLOSED,
        OPEN,
        ERROR
    }

    public boolean closed() {
        return status == Status.CLOSED;
    }

    /** A committed saved proof exists for the contract but did not close it in this run. */
    public boolean savedProofStale() {
        return !savedProof.equals("-") && !closedBy.equals("replay");
    }

    /** This outcome with one more note. */
    ContractOutcome withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return with(savedProof, List.copyOf(more));
    }

    /** This outcome with the contract's saved proof and notes about it. */
    ContractOutcome withSavedProof(String savedProofFile, List<String> about) {
        return with(savedProofFile, about);
    }

    private ContractOutcome with(String savedProofFile, List<String> about) {
        return new ContractOutcome(
                contract,
                type,
                method,
                behaviour,
                status,
                closedBy,
                settings,
                script,
                savedProofFile,
                nodes,
                branches,
                millis,
                searchMillis,
                openGoalCount,
                openGoals,
                about);
    }
}
