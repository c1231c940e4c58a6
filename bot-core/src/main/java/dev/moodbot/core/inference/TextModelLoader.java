package dev.moodbot.core.inference;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.ngram.NgramEmotionModel;
import dev.moodbot.core.ngram.NgramModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens the text model that {@code model.text} names:
 * <ul>
 *   <li>{@code builtin:NAME}: a model that ships inside moodbot in {@code moodbot/models/NAME/} on the classpath:
 *       an n-gram model ({@code ngram-model.json}, e.g. {@code builtin:korean-ngram}), a classifier fine-tuned
 *       from an embedded encoder ({@code base-encoder.json}, see {@link EmbeddedExportFiles}), or an emotion head
 *       ({@code head.json}) over the encoder it names, which ships in a Maven jar;</li>
 *   <li>a folder with {@code ngram-model.json}: a character n-gram model written by {@code moodbot train-korean};</li>
 *   <li>a folder with {@code head.json}: a head written by {@code moodbot train-head};</li>
 *   <li>a folder with {@code model.onnx}, {@code tokenizer.json} and {@code config.json}: any Hugging Face
 *       text-classification export, its labels mapped to moods (see {@link ModelOverride} for
 *       {@code moodbot-model.yaml}).</li>
 * </ul>
 * Every problem (missing folder or file, unreadable export, label with no mood) is a {@link ModelLoadException}
 * whose message names it.
 */
public final class TextModelLoader {
    public static final String BUILTIN = "builtin:";
    static final List<String> EXPORT_FILES = List.of("model.onnx", "tokenizer.json", "config.json");

    private TextModelLoader() {}

    public static EmotionModel load(String spec, InferenceConfig config) {
        return load(spec, config, defaultCacheRoot());
    }

    /** @param cacheRoot where embedded encoders are unpacked for ONNX Runtime */
    public static EmotionModel load(String spec, InferenceConfig config, Path cacheRoot) {
        if (spec.startsWith(BUILTIN)) {
            String name = spec.substring(BUILTIN.length());
            Optional<NgramModel> ngram = builtinNgram(name);
            if (ngram.isPresent()) {
                return new NgramEmotionModel(name, ngram.get());
            }
            Optional<Path> export = builtinExport(name, cacheRoot);
            if (export.isPresent()) {
                return exportModel(name, export.get(), config);
            }
            return headModel(name, builtinHead(name), config, cacheRoot);
        }
        Path folder = Path.of(spec);
        if (!Files.isDirectory(folder)) {
            throw new ModelLoadException("model folder " + folder.toAbsolutePath() + " does not exist");
        }
        if (Files.exists(folder.resolve(NgramModel.MANIFEST))) {
            return new NgramEmotionModel(folder.getFileName().toString(), NgramModel.read(folder));
        }
        if (Files.exists(folder.resolve(EmotionHead.MANIFEST))) {
            return headModel(folder.getFileName().toString(), EmotionHead.read(folder), config, cacheRoot);
        }
        return exportModel(folder.getFileName().toString(), folder, config);
    }

    /** The files {@code spec} runs on; {@code builtin:} encoders are unpacked under {@code cacheRoot} first. */
    public static ModelRuntimeFiles files(String spec, Path cacheRoot) {
        if (spec.startsWith(BUILTIN)) {
            String name = spec.substring(BUILTIN.length());
            ModelFiles files = builtinFiles(name);
            EmbeddedExportFiles.BaseEncoder base = EmbeddedExportFiles.manifest(name, files);
            if (base != null) {
                Path dir = EmbeddedExportFiles.unpack(name, files, base, cacheRoot);
                return new ModelRuntimeFiles(dir.resolve("model.onnx"), dir.resolve("tokenizer.json"),
                        exportMaxTokens(dir), Optional.of(base.encoder()));
            }
        }
        if (spec.startsWith(BUILTIN) || Files.exists(Path.of(spec).resolve(EmotionHead.MANIFEST))) {
            EmotionHead head = spec.startsWith(BUILTIN)
                    ? builtinHead(spec.substring(BUILTIN.length())) : EmotionHead.read(Path.of(spec));
            Path dir = EmbeddedEncoderFiles.extract(head.encoder(), cacheRoot);
            return new ModelRuntimeFiles(dir.resolve(EmbeddedEncoderFiles.MODEL_NAME + ".onnx"),
                    dir.resolve(EmbeddedEncoderFiles.TOKENIZER), head.maxTokens(), Optional.of(head.encoder()));
        }
        Path folder = Path.of(spec);
        return new ModelRuntimeFiles(folder.resolve("model.onnx"), folder.resolve("tokenizer.json"),
                exportMaxTokens(folder), Optional.empty());
    }

    private static int exportMaxTokens(Path folder) {
        return ModelOverride.read(folder).maxTokens()
                .orElseGet(() -> HfConfig.read(folder.resolve("config.json")).maxTokens());
    }

    /** {@code ~/.cache/moodbot}, or the {@code moodbot.cacheDir} system property when set. */
    public static Path defaultCacheRoot() {
        String override = System.getProperty("moodbot.cacheDir");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".cache", "moodbot");
    }

    private static EmotionModel headModel(String id, EmotionHead head, InferenceConfig config, Path cacheRoot) {
        LabelMapping mapping = LabelMapping.of(head.labels(), Map.of(), Activation.SOFTMAX, head.temperature());
        SentenceEncoder encoder = SentenceEncoder.openEmbedded(head.encoder(), head.maxTokens(), config, cacheRoot);
        return new EncoderHeadModel(id, encoder, head, mapping);
    }

    /** The folder {@code models/builtin/NAME} of the repo, packed into bot-core's jar. */
    private static ModelFiles builtinFiles(String name) {
        return ModelFiles.classpath("/moodbot/models/" + name);
    }

    private static Optional<NgramModel> builtinNgram(String name) {
        ModelFiles files = builtinFiles(name);
        try {
            if (files.url(NgramModel.MANIFEST) == null || files.url(NgramModel.WEIGHTS) == null) {
                return Optional.empty();
            }
            return Optional.of(NgramModel.read(files));
        } catch (IOException e) {
            throw new ModelLoadException("cannot read built-in model '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The unpacked folder of a built-in fine-tuned export, or empty when {@code name} is another kind. */
    private static Optional<Path> builtinExport(String name, Path cacheRoot) {
        ModelFiles files = builtinFiles(name);
        EmbeddedExportFiles.BaseEncoder base = EmbeddedExportFiles.manifest(name, files);
        return base == null ? Optional.empty() : Optional.of(EmbeddedExportFiles.unpack(name, files, base, cacheRoot));
    }

    private static EmotionHead builtinHead(String name) {
        ModelFiles files = builtinFiles(name);
        try (InputStream manifest = files.open(EmotionHead.MANIFEST)) {
            if (manifest == null) {
                throw new ModelLoadException("no built-in model named '" + name
                        + "' (try builtin:minilm-q-tuned-emotion, builtin:minilm-q-hybrid-emotion, builtin:minilm-emotion, builtin:minilm-q-emotion or builtin:korean-ngram)");
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read built-in model '" + name + "': " + e.getMessage(), e);
        }
        return EmotionHead.read(files);
    }

    private static EmotionModel exportModel(String id, Path folder, InferenceConfig config) {
        List<String> missing = EXPORT_FILES.stream().filter(f -> !Files.isRegularFile(folder.resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new ModelLoadException("model folder " + folder.toAbsolutePath() + " lacks " + missing
                    + " (a model folder holds model.onnx, tokenizer.json and config.json, or head.json)");
        }
        HfConfig hf = HfConfig.read(folder.resolve("config.json"));
        ModelOverride override = ModelOverride.read(folder);
        LabelMapping mapping = LabelMapping.of(hf.labels(), override.labels(),
                override.activation().orElse(hf.activation()), override.temperature());
        int maxTokens = override.maxTokens().orElse(hf.maxTokens());
        TokenCache tokens = new TokenCache(folder.resolve("tokenizer.json"), maxTokens, config.tokenCacheSize());
        try {
            OnnxRunner runner = OnnxRunner.open(folder, "model", OutputKind.LOGITS, config);
            return new ClassifierModel(new ModelInfo(id, maxTokens, override.languages(),
                    mapping.temperature()), tokens, runner, mapping);
        } catch (RuntimeException e) {
            tokens.close();
            throw e;
        }
    }
}
