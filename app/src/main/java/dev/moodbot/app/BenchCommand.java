package dev.moodbot.app;

import dev.moodbot.app.bench.BenchClock;
import dev.moodbot.app.bench.BenchReport;
import dev.moodbot.app.bench.CeilingRun;
import dev.moodbot.app.bench.ChatMessages;
import dev.moodbot.app.bench.LangchainPeer;
import dev.moodbot.app.bench.Latencies;
import dev.moodbot.app.bench.MoodBotLoad;
import dev.moodbot.app.bench.ProcessMemory;
import dev.moodbot.app.bench.RawOrtPeer;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.inference.ModelRuntimeFiles;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.core.inference.TokenCache;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code moodbot bench}: moodbot end to end against the plain ways of running the same model, on the same generated
 * chat messages, in one process and one run. Prints one table and the bars; asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Throughput, latency and memory of moodbot end to end (closed loop with 1, 8 and 64 callers; "
            + "open loop at a fixed rate) next to raw ONNX Runtime and langchain4j on the same model and texts.",
            "The bench's bot has its own rate limit (a bucket of a billion), so the limiter never throttles it."})
final class BenchCommand implements Callable<Integer> {
    /** The bench's bot never runs out of tokens: the limiter is on the path, as in production, but never says no. */
    static final RateLimitConfig UNLIMITED = new RateLimitConfig(1_000_000_000, 1_000_000_000,
            Duration.ofSeconds(1), Duration.ofMinutes(10));
    private static final int WARM_UP = 2_000;
    private static final int PEER_WARM_UP = 500;

    @ParentCommand
    Main main;

    @Option(names = "--model", description = "builtin:NAME or a model folder (default: model.text of the config)")
    String model;

    @Option(names = "--messages", defaultValue = "2000", description = "messages per run (default: ${DEFAULT-VALUE})")
    int messages;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the generated messages (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--callers", split = ",", defaultValue = "1,8,64",
            description = "closed-loop callers, one run each (default: ${DEFAULT-VALUE})")
    List<Integer> callers;

    @Option(names = "--rate", defaultValue = "150", description = "open-loop offered msgs/s; 0 skips it (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--soak", defaultValue = "10000",
            description = "messages the bot has read when memory is measured the second time (default: ${DEFAULT-VALUE})")
    int soak;

    @Option(names = "--no-result-cache", description = "turn the result cache off")
    boolean noResultCache;

    @Option(names = "--no-peers", description = "measure moodbot only (for quick tuning runs)")
    boolean noPeers;

    @Option(names = "--workers", description = "override inference.workers")
    Integer workers;

    @Option(names = "--intra-op-threads", description = "override inference.intraOpThreads")
    Integer intraOpThreads;

    @Option(names = "--batch-size", description = "override inference.batchSize")
    Integer batchSize;

    @Option(names = "--max-batch-delay-ms", description = "override inference.maxBatchDelay, in ms")
    Integer maxBatchDelayMs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = main.out;
        CoreConfig config = benchConfig(main.loadConfig().core());
        InferenceConfig inference = config.inference();
        List<String> texts = ChatMessages.generate(messages, seed);
        ModelRuntimeFiles files = TextModelLoader.files(config.model().text(), TextModelLoader.defaultCacheRoot());

        out.printf(Locale.ROOT, "moodbot bench: model %s%s, %d messages (seed %d, %d distinct), %d cores%n",
                config.model().text(), files.encoder().map(e -> " (encoder " + e + ")").orElse(""), texts.size(),
                seed, new HashSet<>(texts).size(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "inference: device %s, workers %d, intraOpThreads %d, interOpThreads %d, batchSize %d, "
                + "maxBatchDelay %d ms; result cache %s; rate limit: the bench's own bucket of 1e9 (never throttles)%n",
                inference.device().name().toLowerCase(Locale.ROOT), inference.workers(), inference.intraOpThreads(),
                inference.interOpThreads(), inference.batchSize(), inference.maxBatchDelay().toMillis(),
                inference.resultCacheSize() == 0 ? "off"
                        : inference.resultCacheSize() + " entries for " + inference.resultCacheWindow().toSeconds() + " s");
        out.flush();

        List<Latencies> moodbotRuns = new ArrayList<>();
        ProcessMemory afterStart;
        ProcessMemory afterSoak;
        int read = 0;
        BenchClock clock = new BenchClock();
        try (MoodBot bot = MoodBot.start(config, clock)) {
            afterStart = ProcessMemory.now();
            MoodBotLoad load = new MoodBotLoad(bot);
            // Long enough for the JIT to finish with both the batched and the lone path, as in a bot that has run
            // for a while: a short warm-up left C2 compiling through the first measured run.
            read += load.closedLoop("warm-up", ChatMessages.generate(WARM_UP, seed + 1), 64).messages();
            read += load.closedLoop("warm-up", ChatMessages.generate(WARM_UP / 4, seed + 3), 1).messages();
            for (int n : callers) {
                clock.skip(inference.resultCacheWindow().plusSeconds(1));
                moodbotRuns.add(load.closedLoop("moodbot closed loop, " + n + (n == 1 ? " caller" : " callers"),
                        texts, n));
                read += texts.size();
                progress(out, moodbotRuns.getLast());
            }
            if (rate > 0) {
                clock.skip(inference.resultCacheWindow().plusSeconds(1));
                moodbotRuns.add(load.openLoop(String.format(Locale.ROOT, "moodbot open loop, %.0f msgs/s offered",
                        rate), texts, rate));
                read += texts.size();
                progress(out, moodbotRuns.getLast());
            }
            if (read < soak) {
                // Fresh texts, so the memory reading after `soak` messages is of real inference, not cache hits.
                load.closedLoop("soak", ChatMessages.generate(soak - read, seed + 2), 64);
                read = soak;
            }
            afterSoak = ProcessMemory.now();
        }

        List<Latencies> peers = new ArrayList<>();
        Latencies ceiling = null;
        if (!noPeers) {
            try (RawOrtPeer raw = new RawOrtPeer(files)) {
                peers.add(raw.measure("raw ONNX Runtime, 1 message per call", texts, PEER_WARM_UP));
                progress(out, peers.getLast());
            }
            try {
                peers.add(new LangchainPeer(files).measure(texts, PEER_WARM_UP));
                progress(out, peers.getLast());
            } catch (RuntimeException e) {
                // langchain4j reads BERT-style encoders only; a classifier export with other inputs is not one.
                out.println("  langchain4j peer skipped: it cannot run this model (" + e.getMessage() + ")");
            }
            try (CeilingRun ideal = new CeilingRun(files)) {
                ceiling = ideal.measure(texts, Runtime.getRuntime().availableProcessors());
                progress(out, ceiling);
            }
        }

        out.println();
        BenchReport report = new BenchReport(out);
        report.table(moodbotRuns, peers);
        if (ceiling != null) {
            report.ceiling(ceiling, moodbotRuns);
        }
        out.println();
        tokenization(out, files, texts);
        memory(out, "after start", afterStart);
        memory(out, "after " + read + " messages", afterSoak);
        out.println();
        bars(out, report, moodbotRuns, peers, afterSoak, read);
        return 0;
    }

    private CoreConfig benchConfig(CoreConfig loaded) {
        ModelConfig models = loaded.model();
        if (model != null) {
            models = models.withText(model);
        }
        InferenceConfig inference = loaded.inference();
        inference = inference.withThreads(
                workers != null ? workers : inference.workers(),
                intraOpThreads != null ? intraOpThreads : inference.intraOpThreads(),
                batchSize != null ? batchSize : inference.batchSize(),
                maxBatchDelayMs != null ? Duration.ofMillis(maxBatchDelayMs) : inference.maxBatchDelay());
        if (noResultCache) {
            inference = inference.withResultCache(0, inference.resultCacheWindow());
        }
        return new CoreConfig(models, inference, UNLIMITED, loaded.voice(), loaded.music());
    }

    private static void progress(PrintWriter out, Latencies run) {
        out.printf(Locale.ROOT, "  %s: %.0f msgs/s, %.2f CPU ms/msg%n", run.name(), run.perSecond(),
                run.cpuMillisPerMessage());
        out.flush();
    }

    /** What one tokenization costs, and what a token-cache hit costs instead. */
    private static void tokenization(PrintWriter out, ModelRuntimeFiles files, List<String> texts) {
        try (TokenCache tokens = new TokenCache(files.tokenizer(), files.maxTokens(), texts.size() * 2)) {
            long start = System.nanoTime();
            long totalTokens = 0;
            for (String text : texts) {
                totalTokens += tokens.encode(text).length();
            }
            long miss = System.nanoTime() - start;
            long hits = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                start = System.nanoTime();
                for (String text : texts) {
                    tokens.encode(text);
                }
                hits = Math.min(hits, System.nanoTime() - start);
            }
            out.printf(Locale.ROOT, "tokenization: %.1f tokens per message on average; tokenizing %.1f µs per message, "
                    + "a token-cache hit %.2f µs%n", (double) totalTokens / texts.size(),
                    miss / 1e3 / texts.size(), hits / 1e3 / texts.size());
        }
    }

    private static void memory(PrintWriter out, String when, ProcessMemory memory) {
        out.printf(Locale.ROOT, "memory %s: RSS %.0f MiB, heap used %.0f MiB (committed %.0f MiB)%n", when,
                ProcessMemory.mib(memory.rssBytes()), ProcessMemory.mib(memory.heapUsedBytes()),
                ProcessMemory.mib(memory.heapCommittedBytes()));
    }

    private void bars(PrintWriter out, BenchReport report, List<Latencies> moodbotRuns, List<Latencies> peers,
            ProcessMemory afterSoak, int read) {
        if (peers.isEmpty()) {
            out.println("- no peers measured: the throughput bar is not checked");
        } else {
            double fasterPeer = BenchReport.fasterPeer(peers);
            BenchReport.bestClosedLoop(moodbotRuns).ifPresent(best -> report.bar("best closed loop / faster peer",
                    best.perSecond() / fasterPeer, "x", ">=", 2.0, true));
            Latencies raw = peers.getFirst();
            moodbotRuns.stream().filter(r -> r.name().endsWith(" 1 caller")).findFirst()
                    .ifPresent(lone -> report.bar("1 caller / " + raw.name(), lone.perSecond() / raw.perSecond(), "x",
                            ">=", 0.9, true));
        }
        moodbotRuns.stream().filter(r -> r.name().contains("open")).findFirst()
                .ifPresent(open -> report.bar("open loop p99", open.millisAt(0.99), "ms", "<=", 100, false));
        report.bar("RSS after " + read + " messages", ProcessMemory.mib(afterSoak.rssBytes()), "MiB", "<=", 600,
                false);
    }
}
