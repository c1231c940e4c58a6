package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoneRouteTest {
    private static final TokenizedText TEXT = new TokenizedText(new long[20], new long[20], false);

    @Test
    void takeLane_eachWayTriedOnceFirst() {
        LoneRoute route = new LoneRoute();

        assertTrue(route.takeLane());
        route.ranOnLane(TEXT, 1_000_000);
        assertFalse(route.takeLane());
    }

    @Test
    void takeLane_laneSlowerUnderLoad_ownSessionButForTheRecheck() {
        LoneRoute route = new LoneRoute();
        route.ranOnLane(TEXT, 3_000_000);
        route.ranAlone(TEXT, 1_800_000);

        long lane = IntStream.range(0, 10 * LoneRoute.RECHECK_EVERY).filter(i -> route.takeLane()).count();

        assertEquals(10, lane);
    }

    @Test
    void takeLane_laneFasterWhenIdle_laneButForTheRecheck() {
        LoneRoute route = new LoneRoute();
        route.ranOnLane(TEXT, 1_100_000);
        route.ranAlone(TEXT, 1_800_000);

        long alone = IntStream.range(0, 10 * LoneRoute.RECHECK_EVERY).filter(i -> !route.takeLane()).count();

        assertEquals(10, alone);
    }

    @Test
    void ranOnLane_loadComesAndGoes_routeFollowsTheRecentTimes() {
        LoneRoute route = new LoneRoute();
        route.ranOnLane(TEXT, 1_100_000);
        route.ranAlone(TEXT, 1_800_000);
        for (int i = 0; i < 20; i++) {
            route.ranOnLane(TEXT, 4_000_000);
        }
        route.takeLane();

        assertFalse(route.takeLane());
    }
}
