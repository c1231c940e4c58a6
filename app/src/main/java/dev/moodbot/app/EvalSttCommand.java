package dev.moodbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodbot.core.audio.AudioClip;
import dev.moodbot.core.audio.DecodeOutcome;
import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.audio.VoiceNoteDecoder;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.core.speech.SpeechModels;
import dev.moodbot.core.speech.Transcriber;
import dev.moodbot.core.speech.Transcript;
import dev.moodbot.core.speech.WordErrorRate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code moodbot eval-stt}: word error rate of the configured speech model on voice notes whose words are known:
 * a folder with a {@code manifest.json} (the shared voice notes: {@code files[].file}, {@code .text},
 * {@code .language}) or a folder of {@code NAME.<audio>} + {@code NAME.txt} pairs.
 */
@Command(name = "eval-stt", mixinStandardHelpOptions = true,
        description = "Word error rate of the speech model (model.stt) on voice notes with known words.")
final class EvalSttCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--data", description = "A folder with manifest.json, or of audio files each with a .txt beside"
            + " it (default: ../shared/data/audio/voice-notes).")
    Path data = Path.of(System.getProperty("moodbot.sharedData", "../shared/data"), "audio", "voice-notes");

    /** One note with the words said in it. */
    record Sample(Path audio, String text, String language) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = main.out;
        List<Sample> samples = samples(data);
        if (samples.isEmpty()) {
            out.println("eval-stt: no voice notes with known words in " + data);
            return 1;
        }
        CoreConfig config = main.loadConfig().core();
        Map<String, int[]> byLanguage = new TreeMap<>();
        try (VoiceNoteDecoder decoder = new VoiceNoteDecoder(config.voice());
                Transcriber stt = SpeechModels.load(config.model().stt(), TextModelLoader.defaultCacheRoot())
                        .orElseThrow(() -> new IllegalStateException("model.stt is none: nothing to evaluate"))) {
            out.printf("speech model %s on %d notes in %s%n", stt.modelId(), samples.size(), data);
            out.printf("%-26s %4s %6s %6s  %s%n", "file", "lang", "words", "WER", "heard");
            for (Sample sample : samples) {
                DecodeOutcome decoded = decoder.decode(VoiceNote.of(Files.readAllBytes(sample.audio()),
                        sample.audio().getFileName().toString()), stt.sampleRate());
                String heard = decoded instanceof DecodeOutcome.Decoded(AudioClip clip)
                        ? stt.transcribe(clip.samples(), () -> false).text() : "(undecodable: " + decoded + ")";
                List<String> reference = WordErrorRate.words(sample.text());
                int errors = WordErrorRate.errors(reference, WordErrorRate.words(heard));
                int[] total = byLanguage.computeIfAbsent(sample.language(), k -> new int[2]);
                total[0] += errors;
                total[1] += reference.size();
                out.printf(Locale.ROOT, "%-26s %4s %6d %5.0f%%  %s%n", sample.audio().getFileName(),
                        sample.language(), reference.size(), 100.0 * errors / Math.max(1, reference.size()), heard);
            }
        }
        out.println();
        byLanguage.forEach((language, total) -> out.printf(Locale.ROOT,
                "WER %s: %.1f%% (%d errors in %d reference words)%n", language, 100.0 * total[0] / total[1],
                total[0], total[1]));
        return 0;
    }

    static List<Sample> samples(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.json");
        List<Sample> samples = new ArrayList<>();
        if (Files.isRegularFile(manifest)) {
            for (JsonNode file : new ObjectMapper().readTree(manifest.toFile()).path("files")) {
                samples.add(new Sample(folder.resolve(file.path("file").asText()), file.path("text").asText(),
                        file.path("language").asText("?")));
            }
            return samples;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path audio : files.sorted().toList()) {
                String name = audio.getFileName().toString();
                Path text = folder.resolve(name.replaceFirst("\\.[^.]+$", "") + ".txt");
                if (!name.endsWith(".txt") && Files.isRegularFile(text)) {
                    samples.add(new Sample(audio, Files.readString(text).strip(), "?"));
                }
            }
        }
        return samples;
    }
}
