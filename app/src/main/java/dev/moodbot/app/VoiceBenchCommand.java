package dev.moodbot.app;

import dev.moodbot.core.audio.AudioClip;
import dev.moodbot.core.audio.DecodeOutcome;
import dev.moodbot.core.audio.MfccExtractor;
import dev.moodbot.core.audio.PaddingMode;
import dev.moodbot.core.audio.VoiceMeter;
import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.audio.VoiceNoteDecoder;
import dev.moodbot.core.config.VoiceConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moodbot voice-bench}: how long decoding and MFCC take for one voice note, by default a 30 s Discord-style
 * Ogg/Opus note made on the spot with the ffmpeg CLI from a shared sample. Prints a table; asserts nothing.
 */
@Command(name = "voice-bench", mixinStandardHelpOptions = true,
        description = "Time decode + MFCC of a voice note (default: a 30 s 48 kHz mono Ogg/Opus note).")
public final class VoiceBenchCommand implements Callable<Integer> {
    @Option(names = "--file", description = "Voice note to time; default: make a 30 s Discord-style Ogg/Opus note")
    Path file;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of the generated note (default 30)")
    int seconds;

    @Option(names = "--runs", defaultValue = "15", description = "Timed runs after as many warm-up runs (default 15)")
    int runs;

    @Option(names = "--source", description = "Audio the generated note loops (default: shared en_calm_f WAV)")
    Path source = Path.of(System.getProperty("moodbot.sharedData", "../shared/data"),
            "audio", "voice-notes", "en_calm_f_generic.wav");

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path note = file != null ? file : discordStyleNote();
        try {
            byte[] bytes = Files.readAllBytes(note);
            try (VoiceNoteDecoder decoder = new VoiceNoteDecoder(VoiceConfig.defaults())) {
                VoiceNote voice = VoiceNote.of(bytes, note.getFileName().toString());
                AudioClip at22k = clip(decoder.decode(voice, 22_050));
                AudioClip at16k = clip(decoder.decode(voice, 16_000));
                MfccExtractor mfcc = new MfccExtractor(22_050, 13, PaddingMode.ZERO);
                VoiceMeter meter = new VoiceMeter();
                out.printf(Locale.ROOT, "note: %s, %d bytes, %.2f s; %d warm-up + %d timed runs; %d cores%n",
                        note.getFileName(), bytes.length, at22k.durationSeconds(), runs, runs,
                        Runtime.getRuntime().availableProcessors());
                out.printf("%-34s %9s %9s %9s %10s%n", "step", "min ms", "median", "max ms", "x realtime");
                row("decode -> 22.05 kHz mono", () -> decoder.decode(voice, 22_050), at22k);
                row("decode -> 16 kHz mono", () -> decoder.decode(voice, 16_000), at22k);
                row("MFCC 13 x all frames (22.05 kHz)", () -> mfcc.extract(at22k), at22k);
                row("decode + MFCC (22.05 kHz)", () -> mfcc.extract(clip(decoder.decode(voice, 22_050))), at22k);
                row("energy reading (16 kHz, no model)", () -> meter.measure(at16k, List.of()), at22k);
            }
        } finally {
            if (file == null) {
                Files.deleteIfExists(note);
            }
        }
        return 0;
    }

    private void row(String step, Supplier<?> work, AudioClip clip) {
        for (int i = 0; i < runs; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        out.printf(Locale.ROOT, "%-34s %9.1f %9.1f %9.1f %10.0f%n", step, ms[0], median, ms[runs - 1],
                clip.durationSeconds() * 1000 / median);
    }

    private static AudioClip clip(DecodeOutcome outcome) {
        if (outcome instanceof DecodeOutcome.Decoded(AudioClip clip)) {
            return clip;
        }
        throw new IllegalStateException("cannot decode the bench note: " + outcome);
    }

    /** Loops the source into a note the way Discord sends them: Ogg, Opus 32 kbit/s, 48 kHz, mono. */
    private Path discordStyleNote() throws IOException, InterruptedException {
        Path note = Files.createTempFile("voice-bench-", ".ogg");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
                "-stream_loop", "-1", "-i", source.toString(), "-t", Integer.toString(seconds), "-c:a", "libopus",
                "-b:a", "32k", "-ar", "48000", "-ac", "1", "-f", "ogg", note.toString())
                .inheritIO().start();
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            ffmpeg.destroyForcibly();
            Files.deleteIfExists(note);
            throw new IllegalStateException("ffmpeg could not make the bench note (apt-get install -y ffmpeg,"
                    + " or pass --file)");
        }
        return note;
    }

    /** Runnable on its own until the launcher lists it as a subcommand. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new VoiceBenchCommand()).execute(args));
    }
}
