package dev.moodbot.app.bench;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints the bench's one table (Markdown, so it pastes into the README) and the bars it is held to. */
public final class BenchReport {
    private final PrintWriter out;

    public BenchReport(PrintWriter out) {
        this.out = out;
    }

    /** The highest msgs/s among the peers; NaN when there are none. */
    public static double fasterPeer(List<Latencies> peers) {
        return peers.stream().mapToDouble(Latencies::perSecond).max().orElse(Double.NaN);
    }

    /** moodbot's fastest closed-loop run. */
    public static Optional<Latencies> bestClosedLoop(List<Latencies> moodbot) {
        return moodbot.stream().filter(r -> r.name().contains("closed loop"))
                .max(Comparator.comparingDouble(Latencies::perSecond));
    }

    /** The model's physical limit on this machine, and what share of it moodbot's best closed loop reaches. */
    public void ceiling(Latencies ceiling, List<Latencies> moodbot) {
        out.printf(Locale.ROOT, "%n%s: %.0f msgs/s, %.2f CPU ms/msg%n", ceiling.name(), ceiling.perSecond(),
                ceiling.cpuMillisPerMessage());
        bestClosedLoop(moodbot).ifPresent(best -> out.printf(Locale.ROOT,
                "moodbot's best closed loop (%s) reaches %.0f%% of the ceiling's msgs/s; a message costs %.2fx the "
                        + "ceiling's CPU%n", best.name(), 100 * best.perSecond() / ceiling.perSecond(),
                best.cpuMillisPerMessage() / ceiling.cpuMillisPerMessage()));
    }

    public void table(List<Latencies> moodbot, List<Latencies> peers) {
        double fasterPeer = fasterPeer(peers);
        double leanestPeer = peers.stream().mapToDouble(Latencies::cpuMillisPerMessage).min().orElse(Double.NaN);
        out.println("| run | msgs/s | p50 ms | p99 ms | max ms | CPU ms/msg | result-cache hits | not answered "
                + "| x faster peer | x leanest peer (CPU) |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Latencies run : moodbot) {
            // An open loop serves what is offered, so its rate is no measure of how fast moodbot can go.
            boolean comparable = !peers.isEmpty() && !run.name().contains("open loop");
            row(run, comparable ? String.format(Locale.ROOT, "%.2fx", run.perSecond() / fasterPeer) : "",
                    comparable ? String.format(Locale.ROOT, "%.2fx", leanestPeer / run.cpuMillisPerMessage()) : "");
        }
        for (Latencies run : peers) {
            row(run, run.perSecond() == fasterPeer ? "(faster peer)" : "",
                    run.cpuMillisPerMessage() == leanestPeer ? "(leanest peer)" : "");
        }
    }

    private void row(Latencies run, String ratio, String cpuRatio) {
        String p50 = run.hasLatencies() ? String.format(Locale.ROOT, "%.1f", run.millisAt(0.50)) : "n/a";
        String p99 = run.hasLatencies() ? String.format(Locale.ROOT, "%.1f", run.millisAt(0.99)) : "n/a";
        String max = run.hasLatencies() ? String.format(Locale.ROOT, "%.1f", run.maxMillis()) : "n/a";
        out.printf(Locale.ROOT, "| %s | %.0f | %s | %s | %s | %.2f | %d | %d | %s | %s |%n", run.name(),
                run.perSecond(), p50, p99, max, run.cpuMillisPerMessage(), run.cacheHits(), run.failed(), ratio,
                cpuRatio);
    }

    public void bar(String what, double value, String unit, String comparison, double limit, boolean higherIsBetter) {
        boolean pass = higherIsBetter ? value >= limit : value <= limit;
        out.printf(Locale.ROOT, "- %s: %.2f %s (bar: %s %.2f %s) %s%n", what, value, unit, comparison, limit, unit,
                pass ? "PASS" : "FAIL");
    }
}
