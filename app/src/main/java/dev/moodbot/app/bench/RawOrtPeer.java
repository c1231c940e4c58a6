package dev.moodbot.app.bench;

import ai.djl.engine.Engine;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.moodbot.core.inference.ModelRuntimeFiles;
import dev.moodbot.core.inference.TokenCache;
import dev.moodbot.core.inference.TokenizedText;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plainest way to run the model: ONNX Runtime's own Java API, one message per call on one thread, a session with
 * ONNX Runtime's default options (as a user would start), the same {@code tokenizer.json} and settings as moodbot.
 */
public final class RawOrtPeer implements AutoCloseable {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final TokenCache tokenizer;
    private final List<String> inputs;

    public RawOrtPeer(ModelRuntimeFiles files) throws OrtException {
        // DJL must start its ONNX Runtime engine before anything else touches OrtEnvironment.
        Engine.getEngine("OnnxRuntime");
        this.env = OrtEnvironment.getEnvironment();
        this.session = env.createSession(files.onnx().toString(), new OrtSession.SessionOptions());
        this.tokenizer = new TokenCache(files.tokenizer(), files.maxTokens(), 0);
        this.inputs = List.copyOf(session.getInputNames());
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

    private float run(String text) throws OrtException {
        TokenizedText tokens = tokenizer.encode(text);
        long[] mask = new long[tokens.length()];
        java.util.Arrays.fill(mask, 1L);
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            for (String input : inputs) {
                String lower = input.toLowerCase(Locale.ROOT);
                long[] row = lower.contains("mask") ? mask : lower.contains("type") ? tokens.typeIds() : tokens.ids();
                feed.put(input, OnnxTensor.createTensor(env, new long[][] {row}));
            }
            try (OrtSession.Result result = session.run(feed)) {
                FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return out.get(0);
            }
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
