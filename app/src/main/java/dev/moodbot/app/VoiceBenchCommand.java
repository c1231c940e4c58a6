package dev.moodbot.app;

import dev.moodbot.app.bench.ProcessMemory;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.audio.AudioClip;
import dev.moodbot.core.audio.DecodeOutcome;
import dev.moodbot.core.audio.MfccExtractor;
import dev.moodbot.core.audio.PaddingMode;
import dev.moodbot.core.audio.VoiceMeter;
import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.audio.VoiceNoteDecoder;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.core.speech.SpeechModels;
import dev.moodbot.core.speech.Transcriber;
import dev.moodbot.core.speech.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code moodbot voice-bench}: where the time of one voice note goes, by default a 30 s Discord-style Ogg/Opus note
 * that ships inside moodbot (made by models/scripts/make_voice_set.sh), so it runs on a machine without ffmpeg.
 * Prints a table; asserts nothing.
 */
@Command(name = "voice-bench", mixinStandardHelpOptions = true,
        description = "Time decode, MFCC, speech recognition and the whole voice path for one voice note"
                + " (default: a bundled 30 s 48 kHz mono Ogg/Opus note).")
final class VoiceBenchCommand implements Callable<Integer> {
    static final String BUNDLED_NOTE = "/moodbot/bench/voice-note-30s.ogg";

    @ParentCommand
    Main main;

    @Option(names = "--file", description = "Voice note to time instead of the bundled 30 s note.")
    Path file;

    @Option(names = "--runs", defaultValue = "15", description = "Timed runs of the fast steps, after as many"
            + " warm-up runs (default 15).")
    int runs;

    @Option(names = "--stt-runs", defaultValue = "3", description = "Timed runs of the steps that recognise speech,"
            + " after one warm-up run (default 3).")
    int sttRuns;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = main.out;
        byte[] bytes = file != null ? Files.readAllBytes(file) : bundledNote();
        String name = file != null ? file.getFileName().toString() : "voice-note-30s.ogg";
        CoreConfig config = main.loadConfig().core();
        VoiceNote note = VoiceNote.of(bytes, name);
        ProcessMemory before = ProcessMemory.now();
        try (VoiceNoteDecoder decoder = new VoiceNoteDecoder(config.voice())) {
            AudioClip at16k = clip(decoder.decode(note, 16_000));
            AudioClip at22k = clip(decoder.decode(note, 22_050));
            double seconds = at16k.durationSeconds();
            out.printf(Locale.ROOT, "note: %s, %d bytes, %.2f s; %d cores; model.stt %s%n", name, bytes.length,
                    seconds, Runtime.getRuntime().availableProcessors(), config.model().stt());
            out.printf("%-40s %5s %9s %9s %9s %10s%n", "step", "runs", "min ms", "median", "max ms", "x realtime");
            // The bot first, alone, so that the memory line is what a running bot holds: its text models and one
            // speech model.
            try (MoodBot bot = MoodBot.start(config)) {
                // A user a run, so that the rate limiter, which is on the path, never makes a run wait.
                int[] users = {0};
                MoodReply[] reply = new MoodReply[1];
                row(out, "end to end: decode -> STT -> text mood", 1, sttRuns, () -> reply[0] = bot.handle(
                        MoodRequest.voice(new UserRef("bench", "voice-" + users[0]++), note, Optional.empty()))
                        .join(), seconds);
                ProcessMemory loaded = ProcessMemory.now();
                out.printf(Locale.ROOT, "  reply: %s; RSS %.0f MiB before the models, %.0f MiB with the bot's text"
                        + " and speech models loaded and used%n", reply[0].getClass().getSimpleName(),
                        ProcessMemory.mib(before.rssBytes()), ProcessMemory.mib(loaded.rssBytes()));
            }
            MfccExtractor mfcc = new MfccExtractor(22_050, 13, PaddingMode.ZERO);
            VoiceMeter meter = new VoiceMeter();
            row(out, "decode -> 16 kHz mono", runs, runs, () -> decoder.decode(note, 16_000), seconds);
            row(out, "decode -> 22.05 kHz mono", runs, runs, () -> decoder.decode(note, 22_050), seconds);
            row(out, "MFCC 13 x all frames (22.05 kHz)", runs, runs, () -> mfcc.extract(at22k), seconds);
            row(out, "decode + MFCC (22.05 kHz)", runs, runs,
                    () -> mfcc.extract(clip(decoder.decode(note, 22_050))), seconds);
            row(out, "energy reading (16 kHz)", runs, runs, () -> meter.measure(at16k, List.of()), seconds);
            try (Transcriber stt = SpeechModels.load(config.model().stt(), TextModelLoader.defaultCacheRoot())
                    .orElseThrow(() -> new IllegalStateException("model.stt is none: no speech to bench"))) {
                Transcript[] heard = new Transcript[1];
                row(out, "speech recognition (16 kHz, 1 thread)", 1, sttRuns,
                        () -> heard[0] = stt.transcribe(at16k.samples(), () -> false), seconds);
                out.printf(Locale.ROOT, "  %s: %d words, mean confidence %.2f, fit %.1f/s%n", stt.modelId(),
                        heard[0].words().size(), heard[0].meanConfidence(), heard[0].fit());
            }
        }
        return 0;
    }

    /** "x realtime" is the note's length over the median time: 10 means ten times faster than it plays. */
    private static void row(PrintWriter out, String step, int warmUps, int timed, Supplier<?> work, double seconds) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        double[] ms = new double[timed];
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[timed / 2];
        out.printf(Locale.ROOT, "%-40s %5d %9.1f %9.1f %9.1f %10.1f%n", step, timed, ms[0], median, ms[timed - 1],
                seconds * 1000 / median);
        out.flush();
    }

    private static AudioClip clip(DecodeOutcome outcome) {
        if (outcome instanceof DecodeOutcome.Decoded(AudioClip clip)) {
            return clip;
        }
        throw new IllegalStateException("cannot decode the bench note: " + outcome);
    }

    private static byte[] bundledNote() throws IOException {
        try (InputStream in = VoiceBenchCommand.class.getResourceAsStream(BUNDLED_NOTE)) {
            if (in == null) {
                throw new IOException("the bundled bench note " + BUNDLED_NOTE + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
