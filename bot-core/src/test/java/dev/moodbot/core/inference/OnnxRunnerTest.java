package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.moodbot.core.config.InferenceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped fine-tuned classifier run by real ONNX Runtime: a lone text on the every-core session and the same
 * text in a batch on a worker's single-threaded session give the same logits.
 */
class OnnxRunnerTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static Path tunedFolder() {
        return TextModelLoader.files("builtin:minilm-q-tuned-emotion", Fixtures.cacheRoot()).onnx().getParent();
    }

    private static InferenceConfig cpu(int workers, int intraOpThreads) {
        return new InferenceConfig(InferenceConfig.Device.CPU, workers, intraOpThreads, 1, 32, Duration.ZERO, 128,
                Duration.ofMillis(10), 64, 0, 0, Duration.ZERO);
    }

    @Test
    void run_loneTextOnEveryCore_sameLogitsAsInABatch() {
        assumeTrue(CORES > 1, "one core: there is no lone lane");
        try (TokenCache tokens = new TokenCache(tunedFolder().resolve("tokenizer.json"), 64, 0);
                OnnxRunner runner = OnnxRunner.open(tunedFolder(), "model", OutputKind.LOGITS, cpu(2, 1))) {
            TokenizedText text = tokens.encode("that spider on my pillow terrifies me");
            TokenizedText longer = tokens.encode("we waited for hours at the station and nobody told us anything, "
                    + "then the last train was cancelled and I had to walk home in the rain");

            assertTrue(runner.hasLoneLane());
            float[] alone = runner.run(List.of(text)).getFirst();
            List<float[]> batched = runner.run(List.of(longer, text));

            assertEquals(7, alone.length);
            assertArrayEquals(batched.get(1), alone, 1e-4f);
        }
    }

    @Test
    void open_oneWorkerOrEveryCoreAlready_noLoneLane() {
        try (OnnxRunner one = OnnxRunner.open(tunedFolder(), "model", OutputKind.LOGITS, cpu(1, 1));
                OnnxRunner wide = OnnxRunner.open(tunedFolder(), "model", OutputKind.LOGITS, cpu(2, CORES))) {
            assertFalse(one.hasLoneLane());
            assertFalse(wide.hasLoneLane());
        }
    }
}
