package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyProverNamesTest {
    private static final String PREFIX = "ruvix.physmem.model.BuddyModel[ruvix.physmem.model.BuddyModel::";

    @Test
    void operationContractKeepsMethodAndCase() {
        assertEquals(
                "alloc(int) #2",
                KeyProverNames.shortName(PREFIX + "alloc(int)].JML normal_behavior operation contract.2"));
    }

    @Test
    void exceptionalCaseIsMarked() {
        assertEquals(
                "create(int,[Z) exceptional #0",
                KeyProverNames.shortName(PREFIX + "create(int,[Z)].JML exceptional_behavior operation contract.0"));
    }

    @Test
    void accessibleClauseIsMarked() {
        assertEquals(
                "greedyAt(int) accessible #0",
                KeyProverNames.shortName(PREFIX + "greedyAt(int)].JML accessible clause.0"));
    }

    @Test
    void unknownShapeIsKeptWhole() {
        assertEquals("no contract here", KeyProverNames.shortName("no contract here"));
    }

    @Test
    void fileStemReplacesOtherCharactersByDashes() {
        assertEquals(
                "greedyAt-int-accessible-0",
                KeyProverNames.fileStem(PREFIX + "greedyAt(int)].JML accessible clause.0"));
    }
}
