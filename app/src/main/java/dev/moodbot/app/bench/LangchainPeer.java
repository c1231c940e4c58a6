package dev.moodbot.app.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.moodbot.core.inference.ModelRuntimeFiles;
import java.util.List;

/**
 * langchain4j's in-process embedding model on the same encoder: {@code embedAll} over every text in one call, which
 * langchain4j spreads over one thread per core, one text per ONNX Runtime call. It gives no per-message latency.
 */
public final class LangchainPeer {
    private final EmbeddingModel model;
    private final String label;

    public LangchainPeer(ModelRuntimeFiles files) {
        String encoder = files.encoder().orElse("");
        if (encoder.equals("all-minilm-l6-v2-q")) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            label = "langchain4j AllMiniLmL6V2Quantized embedAll";
        } else if (encoder.equals("all-minilm-l6-v2")) {
            model = new AllMiniLmL6V2EmbeddingModel();
            label = "langchain4j AllMiniLmL6V2 embedAll";
        } else {
            model = new OnnxEmbeddingModel(files.onnx(), files.tokenizer(), PoolingMode.MEAN);
            label = "langchain4j OnnxEmbeddingModel embedAll";
        }
    }

    public Latencies measure(List<String> texts, int warmUp) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        model.embedAll(segments.subList(0, Math.min(warmUp, segments.size())));
        long cpu = Latencies.processCpuNanos();
        long start = System.nanoTime();
        model.embedAll(segments);
        return Latencies.of(label, texts.size(), System.nanoTime() - start, new long[0], 0, 0,
                Latencies.processCpuNanos() - cpu);
    }
}
