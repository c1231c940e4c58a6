package dev.moodbot.core.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodbot.core.config.VoiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The librosa 0.11.0 oracle in {@code audio/mfcc-reference}: every WAV goes through the real decoder and the MFCC
 * chain, and every step is compared with librosa's float32 output. Max errors go to
 * {@code target/mfcc-oracle-errors.tsv}.
 */
class MfccOracleTest {
    private static final double MFCC_TOLERANCE = 1e-3;
    private static final Map<String, String> ERRORS = new TreeMap<>();
    private static VoiceNoteDecoder decoder;

    @BeforeAll
    static void open() {
        decoder = new VoiceNoteDecoder(VoiceConfig.defaults());
    }

    @AfterAll
    static void report() throws IOException {
        decoder.close();
        StringBuilder table = new StringBuilder(
                "file\tmfcc_zero_vs_f32\tmfcc_zero_vs_f64\tmfcc_reflect_vs_f32\tfixed100\tpower_to_db_dB\tmel_rel\n");
        ERRORS.forEach((file, row) -> table.append(file).append('\t').append(row).append('\n'));
        System.out.print(table);
        Files.writeString(Path.of("target", "mfcc-oracle-errors.tsv"), table);
    }

    static Stream<Path> references() throws IOException {
        try (Stream<Path> files = Files.list(SharedAudio.dir("mfcc-reference").resolve("json"))) {
            return files.filter(p -> !p.getFileName().toString().startsWith("mel_filterbank")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 22_050})
    void filterbank_slaney_matchesLibrosa(int sampleRate) {
        JsonNode ref = SharedAudio.json(SharedAudio.dir("mfcc-reference").resolve("json/mel_filterbank_" + sampleRate + ".json"));
        float[][] ours = new MfccExtractor(sampleRate, 13, PaddingMode.ZERO).filterbank();
        double max = maxAbs(ours, ref.get("mel_filterbank"));
        System.out.printf(Locale.ROOT, "mel filterbank %d Hz: max abs error %.3e%n", sampleRate, max);
        assertTrue(max <= 1e-8, "filterbank error " + max);
    }

    @ParameterizedTest
    @MethodSource("references")
    void extract_referenceWav_matchesLibrosaInBothPaddings(Path json) throws IOException {
        JsonNode ref = SharedAudio.json(json);
        int sr = ref.get("sr").asInt();
        Path wav = SharedAudio.dir("mfcc-reference").resolve(ref.get("wav").asText());
        VoiceNote note = VoiceNote.of(Files.readAllBytes(wav), wav.getFileName().toString());
        AudioClip clip = assertInstanceOf(DecodeOutcome.Decoded.class, decoder.decode(note, sr)).clip();
        float[] y = clip.samples();
        assertEquals(ref.get("n_samples").asInt(), y.length, "decoded sample count");
        assertTrue(maxAbs(y, ref.get("y")) == 0, "the decoder must give int16/32768 exactly");

        MfccExtractor zero = new MfccExtractor(sr, 13, PaddingMode.ZERO);
        double[][] mel = zero.melSpectrogram(y);
        double[][] db = zero.decibels(mel);
        MfccFrames mfcc = zero.extract(y);
        MfccFrames reflect = new MfccExtractor(sr, 13, PaddingMode.REFLECT).extract(y);
        assertEquals(ref.get("n_frames").asInt(), mfcc.frames());

        double melRel = maxRelative(mel, ref.get("melspectrogram"));
        double dbErr = maxAbs(db, ref.get("power_to_db"));
        double zeroErr = maxAbs(mfcc.coefficients(), ref.get("mfcc"));
        double zero64 = maxAbs(mfcc.coefficients(), ref.get("variants").get("float64").get("mfcc"));
        double reflectErr = maxAbs(reflect.coefficients(), ref.get("variants").get("pad_mode_reflect").get("mfcc"));
        double fixedErr = maxAbs(mfcc.fixedLength(100).coefficients(), ref.get("mfcc_fixed100"));
        ERRORS.put(json.getFileName().toString(), String.format(Locale.ROOT, "%.2e\t%.2e\t%.2e\t%.2e\t%.2e\t%.2e",
                zeroErr, zero64, reflectErr, fixedErr, dbErr, melRel));

        assertTrue(melRel <= 1e-4, "mel spectrogram relative error " + melRel);
        assertTrue(dbErr <= 1e-3, "power_to_db error " + dbErr);
        assertTrue(zero64 <= 1e-6, "mfcc vs float64 librosa " + zero64);
        assertTrue(zeroErr <= MFCC_TOLERANCE, "mfcc (zero padding) error " + zeroErr);
        assertTrue(reflectErr <= MFCC_TOLERANCE, "mfcc (reflect padding) error " + reflectErr);
        assertTrue(fixedErr <= MFCC_TOLERANCE, "mfcc fixed to 100 frames error " + fixedErr);
    }

    private static double maxAbs(double[][] ours, JsonNode ref) {
        assertEquals(ref.size(), ours.length, "rows");
        double max = 0;
        for (int r = 0; r < ours.length; r++) {
            assertEquals(ref.get(r).size(), ours[r].length, "columns");
            for (int c = 0; c < ours[r].length; c++) {
                max = Math.max(max, Math.abs(ours[r][c] - ref.get(r).get(c).asDouble()));
            }
        }
        return max;
    }

    private static double maxAbs(float[][] ours, JsonNode ref) {
        double max = 0;
        for (int r = 0; r < ours.length; r++) {
            for (int c = 0; c < ours[r].length; c++) {
                max = Math.max(max, Math.abs(ours[r][c] - ref.get(r).get(c).asDouble()));
            }
        }
        return max;
    }

    private static double maxAbs(float[] ours, JsonNode ref) {
        double max = 0;
        for (int i = 0; i < ours.length; i++) {
            max = Math.max(max, Math.abs(ours[i] - (float) ref.get(i).asDouble()));
        }
        return max;
    }

    /** Relative to each value, with the clip's peak · 1e-8 (the 80 dB floor) as the smallest scale. */
    private static double maxRelative(double[][] ours, JsonNode ref) {
        double peak = 0;
        for (JsonNode row : ref) {
            for (JsonNode v : row) {
                peak = Math.max(peak, v.asDouble());
            }
        }
        double floor = Math.max(peak * 1e-8, 1e-10);
        double max = 0;
        for (int r = 0; r < ours.length; r++) {
            for (int c = 0; c < ours[r].length; c++) {
                double want = ref.get(r).get(c).asDouble();
                max = Math.max(max, Math.abs(ours[r][c] - want) / Math.max(Math.abs(want), floor));
            }
        }
        return max;
    }
}
