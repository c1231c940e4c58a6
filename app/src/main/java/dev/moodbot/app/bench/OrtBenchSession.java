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
    /** Per input, in order: what it is fed. Known once the session is built, so never worked out in a timed call. */
    private final List<Feed> feeds;

    private enum Feed {
        IDS, MASK, TYPES;

        static Feed of(String input) {
            String lower = input.toLowerCase(Locale.ROOT);
            return lower.contains("mask") ? MASK : lower.contains("type") ? TYPES : IDS;
        }
    }

    /** {@code options} as given: ONNX Runtime's defaults for the peer, one thread for the ceiling. */
    OrtBenchSession(ModelRuntimeFiles files, OrtSession.SessionOptions options) throws OrtException {
        // DJL must start its ONNX Runtime engine before anything else touches OrtEnvironment.
        Engine.getEngine("OnnxRuntime");
        this.env = OrtEnvironment.getEnvironment();
        this.session = env.createSession(files.onnx().toString(), options);
        this.tokenizer = new TokenCache(files.tokenizer(), files.maxTokens(), 0);
        this.inputs = List.copyOf(session.getInputNames());
        this.feeds = inputs.stream().map(Feed::of).toList();
    }

    TokenCache tokenizer() {
        return tokenizer;
    }

    /** One call on rows of token ids, all of one length; the mask is all ones and the segment ids all zero. */
    void run(long[][] ids) throws OrtException {
        long[][] ones = feeds.contains(Feed.MASK) ? filled(ids, 1L) : null;
        long[][] zeros = feeds.contains(Feed.TYPES) ? filled(ids, 0L) : null;
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            for (int i = 0; i < inputs.size(); i++) {
                feed.put(inputs.get(i), OnnxTensor.createTensor(env, switch (feeds.get(i)) {
                    case MASK -> ones;
                    case TYPES -> zeros;
                    case IDS -> ids;
                }));
            }
            session.run(feed).close();
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private static long[][] filled(long[][] shape, long value) {
        long[][] out = new long[shape.length][shape[0].length];
        if (value != 0) {
            for (long[] row : out) {
                Arrays.fill(row, value);
            }
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
