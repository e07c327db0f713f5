package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProverSettingsTest {

    private static final String SET_FREE =
            "ruvix.physmem.model.BuddyModel[ruvix.physmem.model.BuddyModel::setFree(int,int)].JML normal_behavior"
                    + " operation contract.0";

    @Test
    void aMutantGetsThreeTimesTheOriginalsEffort() {
        ProverSettings m = ProverSettings.forMutant(SET_FREE, new OriginalProof(2_000, 10_000));

        assertEquals("arithmetic", m.name());
        assertEquals(6_000, m.maxSteps());
        assertEquals(30_000, m.timeoutMillis());
    }

    @Test
    void aQuickOriginalStillLeavesTheMutantTheFloors() {
        ProverSettings m = ProverSettings.forMutant(SET_FREE, new OriginalProof(100, 500));

        assertEquals(ProverSettings.MUTANT_MIN_STEPS, m.maxSteps());
        assertEquals(ProverSettings.MUTANT_MIN_MILLIS, m.timeoutMillis());
    }

    @Test
    void aMutantNeverGetsMoreThanTheProfile() {
        ProverSettings m = ProverSettings.forMutant(SET_FREE, new OriginalProof(1_000_000, 1_000_000));

        assertEquals(ProverSettings.arithmetic().maxSteps(), m.maxSteps());
        assertEquals(ProverSettings.arithmetic().timeoutMillis(), m.timeoutMillis());
    }
}
