package dev.moodbot.app.bench;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.moodbot.core.inference.ModelRuntimeFiles;
import dev.moodbot.core.inference.TokenizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The physical limit of the model on this machine for the bench's texts: the texts already tokenised, sorted by
 * length and cut into batches of exactly one length (no padding at all), run back to back by one thread per core on
 * one session whose every run is single-threaded (ONNX Runtime sessions take concurrent runs). No server does better with this model on these texts, whatever it batches or caches, so
 * moodbot's share of this rate says how much room is left.
 */
public final class CeilingRun implements AutoCloseable {
    /** Measured with the bench's texts: batches of 16–64 equal-length texts cost the least CPU per text. */
    static final int BATCH = 32;

    private final OrtBenchSession session;

    public CeilingRun(ModelRuntimeFiles files) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            this.session = new OrtBenchSession(files, options);
        }
    }

    /** Every text once (after one untimed pass to warm up), on {@code threads} threads. */
    public Latencies measure(List<String> texts, int threads) throws Exception {
        List<long[][]> batches = equalLengthBatches(texts);
        for (long[][] batch : batches) {
            session.run(batch);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpu = Latencies.processCpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                        session.run(batches.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        String name = String.format(Locale.ROOT, "ceiling: equal-length batches of %d, %d single-threaded ORT runs",
                BATCH, threads);
        return Latencies.of(name, texts.size(), System.nanoTime() - start, new long[0], 0, 0,
                Latencies.processCpuNanos() - cpu);
    }

    private List<long[][]> equalLengthBatches(List<String> texts) {
        List<long[]> ids = texts.stream().map(session.tokenizer()::encode).map(TokenizedText::ids)
                .sorted(Comparator.comparingInt(row -> row.length)).toList();
        List<long[][]> batches = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ids.size(); i++) {
            if (i == ids.size() || i - start == BATCH || ids.get(i).length != ids.get(start).length) {
                batches.add(ids.subList(start, i).toArray(long[][]::new));
                start = i;
            }
        }
        return batches;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
