/**
 * Text models: loading an ONNX export or the embedded default through DJL and ONNX Runtime, tokenising with a
 * bounded cache, running length-grouped batches, and mapping each model's own labels onto the seven moods.
 * {@link dev.moodbot.core.inference.TextModelLoader} is the way in; everything else stays package-private except
 * the pieces the training tools share with the runtime ({@link dev.moodbot.core.inference.SentenceEncoder},
 * {@link dev.moodbot.core.inference.EmotionHead}).
 */
package dev.moodbot.core.inference;
