package dev.moodbot.core.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
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
    /** The start of a note that {@link #fit} listens to: a sentence or two, enough to tell the language. */
    private static final int FIT_SAMPLES = 6 * SAMPLE_RATE;
    /** A grammar of nothing but Vosk's unknown-word model: a filler that matches any sound, without words. */
    private static final String FILLER_GRAMMAR = "[\"[unk]\"]";

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
        short[] pcm = new short[samples.length];
        for (int i = 0; i < pcm.length; i++) {
            // Kaldi reads 16-bit sample values.
            pcm[i] = (short) Math.round(Math.max(-1f, Math.min(1f, samples[i])) * Short.MAX_VALUE);
        }
        double fit = fit(pcm, expired);
        List<Transcript.Word> words = new ArrayList<>();
        int fed;
        try (Recognizer recognizer = recognizer(null)) {
            recognizer.setWords(true);
            fed = feed(recognizer, pcm, pcm.length, expired, result -> words.addAll(words(result)));
            words.addAll(words(recognizer.getFinalResult()));
        }
        return new Transcript(words, fed / (double) SAMPLE_RATE, fed == pcm.length, fit);
    }

    /**
     * How much better the model's words explain the start of the note than a filler that matches any sound without
     * words: the log-likelihood gain per second of the best free decode over a decode restricted to {@code [unk]}.
     * Speech in the model's language gains a lot from its words and their grammar; speech in another language,
     * music or noise gains little, however confident single words look. The start stands for the whole note, so the
     * check costs a second decode of at most {@link #FIT_SAMPLES} plus a filler decode, which is a tenth of a free
     * one (Vosk's result with alternatives carries the score, but then no word confidences, hence the extra pass).
     */
    private double fit(short[] pcm, BooleanSupplier expired) {
        int prefix = Math.min(pcm.length, FIT_SAMPLES);
        if (prefix == 0) {
            return 0;
        }
        double free = bestScore(pcm, prefix, null, expired);
        double filler = bestScore(pcm, prefix, FILLER_GRAMMAR, expired);
        return (free - filler) / (prefix / (double) SAMPLE_RATE);
    }

    private double bestScore(short[] pcm, int upTo, String grammar, BooleanSupplier expired) {
        try (Recognizer recognizer = recognizer(grammar)) {
            // Vosk's Java API of this version has no setter for it; its library has.
            Alternatives.LIBRARY.vosk_recognizer_set_max_alternatives(recognizer.getPointer(), 1);
            double[] total = {0};
            feed(recognizer, pcm, upTo, expired, result -> total[0] += bestScore(result));
            total[0] += bestScore(recognizer.getFinalResult());
            return total[0];
        }
    }

    /** A new recogniser on the shared model, over the whole vocabulary or, with a grammar, only its words. */
    private Recognizer recognizer(String grammar) {
        try {
            return grammar == null ? new Recognizer(model(), SAMPLE_RATE)
                    : new Recognizer(model(), SAMPLE_RATE, grammar);
        } catch (IOException e) {
            throw new IllegalStateException("Vosk could not start a recogniser: " + e.getMessage(), e);
        }
    }

    /** Feeds {@code pcm[0, upTo)} in chunks, handing each finished utterance's result on; returns samples fed. */
    private static int feed(Recognizer recognizer, short[] pcm, int upTo, BooleanSupplier expired,
            Consumer<String> results) {
        short[] chunk = new short[CHUNK];
        int fed = 0;
        while (fed < upTo && !expired.getAsBoolean()) {
            int n = Math.min(CHUNK, upTo - fed);
            System.arraycopy(pcm, fed, chunk, 0, n);
            fed += n;
            if (recognizer.acceptWaveForm(chunk, n)) {
                results.accept(recognizer.getResult());
            }
        }
        return fed;
    }

    private static double bestScore(String resultJson) {
        try {
            return JSON.readTree(resultJson).path("alternatives").path(0).path("confidence").asDouble(0);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable Vosk result: " + resultJson, e);
        }
    }

    /** The one native call moodbot needs that Vosk 0.3.45's Java API does not wrap. */
    interface Alternatives extends Library {
        Alternatives LIBRARY = Native.load("vosk", Alternatives.class);

        void vosk_recognizer_set_max_alternatives(Pointer recognizer, int alternatives);
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
