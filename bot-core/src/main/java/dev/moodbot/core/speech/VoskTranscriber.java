package dev.moodbot.core.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * A Vosk (Kaldi) model folder, loaded once and shared: each note gets its own {@link Recognizer}, fed in chunks, as
 * Vosk's own decoder demo does. One recogniser runs on one thread, so the voice pool's size bounds the CPU it takes.
 */
final class VoskTranscriber implements Transcriber {
    static final int SAMPLE_RATE = 16_000;
    /** A quarter second a call: the time limit is checked this often, and Vosk's endpointing sees the same. */
    private static final int CHUNK = SAMPLE_RATE / 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final String modelId;
    /** Loaded at the first note, so that starting moodbot for text alone costs no second of Kaldi start-up. */
    private Model model;
    private boolean closed;

    private VoskTranscriber(Path folder, String modelId) {
        this.folder = folder;
        this.modelId = modelId;
    }

    /**
     * A transcriber over the model in {@code folder} (a Vosk model folder: {@code am/}, {@code conf/},
     * {@code graph/}), checked now and loaded at the first note.
     *
     * @throws SpeechModelException when the folder is not a Vosk model folder
     */
    static VoskTranscriber open(Path folder, String modelId) {
        if (!Files.isDirectory(folder.resolve("am")) || !Files.isDirectory(folder.resolve("conf"))) {
            throw new SpeechModelException("'" + folder + "' is not a Vosk model folder (it needs am/ and conf/;"
                    + " unpack a model from alphacephei.com/vosk/models and name that folder)");
        }
        return new VoskTranscriber(folder, modelId);
    }

    /** The shared model, loaded once. */
    synchronized Model model() {
        if (closed) {
            throw new IllegalStateException("the speech model is closed");
        }
        if (model == null) {
            try {
                // Kaldi's INFO lines go to stderr for every model load and recogniser; warnings are enough.
                LibVosk.setLogLevel(LogLevel.WARNINGS);
                model = new Model(folder.toString());
            } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
                throw new SpeechModelException("Vosk could not load the speech model in '" + folder + "': " + e, e);
            }
        }
        return model;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public Transcript transcribe(float[] samples, BooleanSupplier expired) {
        Objects.requireNonNull(samples, "samples");
        List<Transcript.Word> words = new ArrayList<>();
        short[] chunk = new short[CHUNK];
        int fed = 0;
        try (Recognizer recognizer = new Recognizer(model(), SAMPLE_RATE)) {
            recognizer.setWords(true);
            while (fed < samples.length && !expired.getAsBoolean()) {
                int n = Math.min(CHUNK, samples.length - fed);
                for (int i = 0; i < n; i++) {
                    // Kaldi reads 16-bit sample values.
                    chunk[i] = (short) Math.round(Math.max(-1f, Math.min(1f, samples[fed + i])) * Short.MAX_VALUE);
                }
                fed += n;
                if (recognizer.acceptWaveForm(chunk, n)) {
                    words.addAll(words(recognizer.getResult()));
                }
            }
            words.addAll(words(recognizer.getFinalResult()));
        } catch (IOException e) {
            throw new IllegalStateException("Vosk could not start a recogniser: " + e.getMessage(), e);
        }
        return new Transcript(words, fed / (double) SAMPLE_RATE, fed == samples.length);
    }

    /** Reads one of Vosk's result objects: {@code {"result": [{"word", "start", "end", "conf"}, …], "text"}}. */
    static List<Transcript.Word> words(String resultJson) {
        try {
            List<Transcript.Word> words = new ArrayList<>();
            for (JsonNode word : JSON.readTree(resultJson).path("result")) {
                words.add(new Transcript.Word(word.path("word").asText(), word.path("start").asDouble(),
                        word.path("end").asDouble(), word.path("conf").asDouble()));
            }
            return words;
        } catch (IOException e) {
            throw new IllegalStateException("unreadable Vosk result: " + resultJson, e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
