package dev.moodbot.core.inference;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which way a lone text goes: the {@link LoneLane} (every core) or its worker's own single-threaded session. On idle
 * cores the lane answers sooner; on cores shared with other work it can answer later, since each operator waits for
 * its slowest thread. So both ways are timed per unit of work (tokens plus a call's fixed cost, as
 * {@link LengthGroups} counts it) and a lone text takes the way that has lately been faster; one in
 * {@value #RECHECK_EVERY} takes the other way, so that a change in the machine's load is noticed.
 */
final class LoneRoute {
    static final int RECHECK_EVERY = 16;

    /** Recent nanoseconds per unit of work each way; 0 until first measured. */
    private final AtomicLong laneCost = new AtomicLong();
    private final AtomicLong aloneCost = new AtomicLong();
    private final AtomicInteger decisions = new AtomicInteger();

    /** Whether the next lone text should take the lane; each way is tried once before they are compared. */
    boolean takeLane() {
        long lane = laneCost.get();
        long alone = aloneCost.get();
        if (lane == 0) {
            return true;
        }
        if (alone == 0) {
            return false;
        }
        boolean laneFaster = lane <= alone;
        return decisions.incrementAndGet() % RECHECK_EVERY == 0 ? !laneFaster : laneFaster;
    }

    void ranOnLane(TokenizedText text, long nanos) {
        record(laneCost, text, nanos);
    }

    void ranAlone(TokenizedText text, long nanos) {
        record(aloneCost, text, nanos);
    }

    private static void record(AtomicLong cost, TokenizedText text, long nanos) {
        long perUnit = Math.max(1, nanos / (text.length() + LengthGroups.CALL_COST_IN_TOKENS));
        cost.updateAndGet(old -> old == 0 ? perUnit : (old * 7 + perUnit) / 8);
    }
}
