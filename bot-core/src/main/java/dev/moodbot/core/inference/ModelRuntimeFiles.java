package dev.moodbot.core.inference;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The ONNX graph and tokenizer behind a text model, for tools that run them without moodbot around them (the
 * benchmark's peers run the very same files).
 *
 * @param onnx the graph ONNX Runtime runs: the encoder of a head model, the whole classifier of an export
 * @param tokenizer its {@code tokenizer.json}
 * @param maxTokens tokens of a text the model reads
 * @param encoder the embedded encoder a head model runs on or a built-in export was fine-tuned from, e.g.
 *     {@code all-minilm-l6-v2-q}; empty for a user's export
 */
public record ModelRuntimeFiles(Path onnx, Path tokenizer, int maxTokens, Optional<String> encoder) {}
