package dev.moodbot.core.audio;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodScores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * An ONNX speech-emotion model on MFCCs, loaded from a folder with {@code moodbot-model.yaml} through DJL's ONNX
 * Runtime engine. Thread-safe: each call takes its own predictor.
 */
final class AudioEmotionModel implements AutoCloseable {
    private final String id;
    private final AudioModelManifest manifest;
    private final MfccExtractor extractor;
    private final ZooModel<MfccFrames, float[]> model;

    private AudioEmotionModel(String id, AudioModelManifest manifest, ZooModel<MfccFrames, float[]> model) {
        this.id = id;
        this.manifest = manifest;
        this.extractor = new MfccExtractor(manifest.sampleRate(), manifest.nMfcc(), manifest.padding());
        this.model = model;
    }

    static AudioEmotionModel load(Path folder) {
        AudioModelManifest manifest = AudioModelManifest.read(folder);
        Criteria<MfccFrames, float[]> criteria = Criteria.builder()
                .setTypes(MfccFrames.class, float[].class)
                .optModelPath(manifest.onnxFile())
                .optEngine("OnnxRuntime")
                .optTranslator(new MfccTranslator(manifest.layout(), manifest.logits()))
                .build();
        try {
            AudioEmotionModel loaded = new AudioEmotionModel(folder.getFileName().toString(), manifest,
                    criteria.loadModel());
            loaded.checkOutputSize();
            return loaded;
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new ConfigException("model.audio", folder, "the ONNX model cannot be loaded: " + e.getMessage());
        }
    }

    String id() {
        return id;
    }

    int sampleRate() {
        return manifest.sampleRate();
    }

    /** MFCC → fixed length → baseline delta → ONNX → moods. */
    MoodScores score(AudioClip clip) {
        MfccFrames mfcc = extractor.extract(clip);
        return toMoods(predict(BaselineDelta.apply(mfcc, manifest)));
    }

    float[] predict(MfccFrames input) {
        try (Predictor<MfccFrames, float[]> predictor = model.newPredictor()) {
            return predictor.predict(input);
        } catch (TranslateException e) {
            throw new IllegalStateException("audio model " + id + " failed: " + e.getMessage(), e);
        }
    }

    private MoodScores toMoods(float[] probabilities) {
        Map<Mood, Double> weights = new EnumMap<>(Mood.class);
        for (int i = 0; i < probabilities.length; i++) {
            weights.merge(manifest.labels().get(i), (double) Math.max(0, probabilities[i]), Double::sum);
        }
        return MoodScores.of(weights);
    }

    private void checkOutputSize() {
        int outputs = predict(new MfccFrames(new double[manifest.nMfcc()][manifest.frames()])).length;
        if (outputs != manifest.labels().size()) {
            close();
            throw new ConfigException("model.audio", outputs + " outputs",
                    "the model's outputs do not match its " + manifest.labels().size() + " labels");
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
