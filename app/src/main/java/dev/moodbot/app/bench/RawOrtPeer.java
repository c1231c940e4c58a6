package dev.moodbot.app.bench;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.moodbot.core.inference.ModelRuntimeFiles;
import java.util.List;

/**
 * The plainest way to run the model: ONNX Runtime's own Java API, one message per call on one thread, a session with
 * ONNX Runtime's default options (as a user would start), the same {@code tokenizer.json} and settings as moodbot.
 */
public final class RawOrtPeer implements AutoCloseable {
    private final OrtBenchSession session;

    public RawOrtPeer(ModelRuntimeFiles files) throws OrtException {
        this.session = new OrtBenchSession(files, new OrtSession.SessionOptions());
    }

    public Latencies measure(String name, List<String> texts, int warmUp) throws OrtException {
        for (int i = 0; i < warmUp; i++) {
            run(texts.get(i % texts.size()));
        }
        long[] nanos = new long[texts.size()];
        long cpu = Latencies.processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            long t0 = System.nanoTime();
            run(texts.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        return Latencies.of(name, texts.size(), System.nanoTime() - start, nanos, 0, 0,
                Latencies.processCpuNanos() - cpu);
    }

    private void run(String text) throws OrtException {
        session.run(new long[][] {session.tokenizer().encode(text).ids()});
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
