package dev.moodbot.app.bench;

import java.util.Arrays;

/**
 * What one measured run gives: messages per second and the spread of per-message latency.
 *
 * @param name the row's label
 * @param messages how many messages the run read
 * @param elapsedNanos wall time of the whole run
 * @param sortedNanos per-message latencies, sorted; empty when the run has none (one call for all texts)
 * @param failed messages not answered (busy, error)
 * @param cacheHits messages answered from the result cache
 * @param cpuNanos CPU time the whole process spent during the run, all threads; on a shared machine this says what
 *     a message costs when wall-clock rates only say what share of the cores the run got
 */
public record Latencies(String name, int messages, long elapsedNanos, long[] sortedNanos, int failed,
        long cacheHits, long cpuNanos) {

    public static Latencies of(String name, int messages, long elapsedNanos, long[] nanos, int failed,
            long cacheHits, long cpuNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(name, messages, elapsedNanos, sorted, failed, cacheHits, cpuNanos);
    }

    /** CPU time of the process now, all threads. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public double cpuMillisPerMessage() {
        return cpuNanos / 1e6 / messages;
    }

    /** Answered messages per second: a message answered "busy" does not count as served. */
    public double perSecond() {
        return (messages - failed) * 1e9 / elapsedNanos;
    }

    public boolean hasLatencies() {
        return sortedNanos.length > 0;
    }

    /** The latency at quantile {@code q} (nearest rank) in milliseconds. */
    public double millisAt(double q) {
        int rank = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1e6;
    }

    public double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
