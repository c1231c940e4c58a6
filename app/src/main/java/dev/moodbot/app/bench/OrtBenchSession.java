package dev.moodbot.app.bench;

import ai.djl.engine.Engine;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.moodbot.core.inference.ModelRuntimeFiles;
import dev.moodbot.core.inference.TokenCache;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model run by ONNX Runtime's own Java API, without moodbot: the session, the same {@code tokenizer.json} and
 * settings as moodbot, and one call for a batch of equal-length token rows. The bench's raw peer and its ceiling
 * both run on it.
 */
final class OrtBenchSession implements AutoCloseable {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final TokenCache tokenizer;
    private final List<String> inputs;

    /** {@code options} as given: ONNX Runtime's defaults for the peer, one thread for the ceiling. */
    OrtBenchSession(ModelRuntimeFiles files, OrtSession.SessionOptions options) throws OrtException {
        // DJL must start its ONNX Runtime engine before anything else touches OrtEnvironment.
        Engine.getEngine("OnnxRuntime");
        this.env = OrtEnvironment.getEnvironment();
        this.session = env.createSession(files.onnx().toString(), options);
        this.tokenizer = new TokenCache(files.tokenizer(), files.maxTokens(), 0);
        this.inputs = List.copyOf(session.getInputNames());
    }

    TokenCache tokenizer() {
        return tokenizer;
    }

    /** One call on rows of token ids, all of one length; the mask is all ones and the segment ids all zero. */
    void run(long[][] ids) throws OrtException {
        long[][] ones = new long[ids.length][ids[0].length];
        long[][] zeros = new long[ids.length][ids[0].length];
        for (long[] row : ones) {
            Arrays.fill(row, 1L);
        }
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            for (String input : inputs) {
                String lower = input.toLowerCase(Locale.ROOT);
                feed.put(input, OnnxTensor.createTensor(env, lower.contains("mask") ? ones
                        : lower.contains("type") ? zeros : ids));
            }
            session.run(feed).close();
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
