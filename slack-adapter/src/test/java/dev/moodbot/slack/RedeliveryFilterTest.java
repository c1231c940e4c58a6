package dev.moodbot.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.cluster.ClusterState;
import org.junit.jupiter.api.Test;

class RedeliveryFilterTest {
    private final RedeliveryFilter filter = new RedeliveryFilter(ClusterState.local());

    @Test
    void firstDelivery_sameEventAgain_false() {
        assertTrue(filter.firstDelivery("Ev1", "T1:C1:1.1"));
        assertFalse(filter.firstDelivery("Ev1", "T1:C1:1.1"));
    }

    @Test
    void firstDelivery_sameMessageInAnotherEvent_false() {
        assertTrue(filter.firstDelivery("Ev2", "T1:D1:2.2"));
        assertFalse(filter.firstDelivery("Ev3", "T1:D1:2.2"));
    }

    @Test
    void firstDelivery_differentEventsAndMessages_true() {
        assertTrue(filter.firstDelivery("Ev4", "T1:C1:4.4"));
        assertTrue(filter.firstDelivery("Ev5", "T1:C1:5.5"));
    }
}
