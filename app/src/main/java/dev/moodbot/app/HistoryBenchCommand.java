package dev.moodbot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.app.bench.ChatMessages;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.history.HistoryAction;
import dev.moodbot.core.history.HistoryKeeper;
import dev.moodbot.core.history.HistoryStore;
import dev.moodbot.core.history.ReadingSource;
import dev.moodbot.core.mood.MoodReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What history costs: one message through the whole bot with history off and on (the difference is the write),
 * and the chart's render time cold and warm. On a throw-away embedded store unless {@code --url} names another.
 */
@Command(name = "history-bench", description = "Measure history's cost per message and the chart's render time.")
final class HistoryBenchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--messages", defaultValue = "400", description = "messages per run (default: ${DEFAULT-VALUE})")
    int messages;

    @Option(names = "--url", description = "a JDBC URL to measure instead of a fresh embedded file")
    String url;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("moodbot-history-bench");
        StorageConfig storage = new StorageConfig(url == null ? StorageConfig.EMBEDDED : url, Duration.ofDays(90));
        // Without it, a fresh HOME's first history-bench failed to load SQLite's native library.
        StoredHistory.createSqliteLibraryFolder();
        HistoryKeeper keeper = HistoryStore.keeper(storage, folder, new EnvSecrets(main.env).read(
                StoredHistory.PASSWORD), InstantSource.system());
        UserRef user = new UserRef("bench", "history-" + System.nanoTime());
        CoreConfig core = main.loadConfig().core();
        CoreConfig unlimited = new CoreConfig(core.model(), core.inference(), BenchCommand.UNLIMITED, core.voice(),
                core.music());
        try (MoodBot bot = MoodBot.start(unlimited, Ticker.systemTicker(), keeper)) {
            run(bot, user, ChatMessages.generate(messages, 7));
            double off = run(bot, user, ChatMessages.generate(messages, 11));
            bot.handle(new MoodRequest.History(user, HistoryAction.ON)).get();
            double on = run(bot, user, ChatMessages.generate(messages, 13));
            main.out.printf(Locale.ROOT, "%-34s %10s%n", "run (" + messages + " messages each)", "ms/message");
            main.out.printf(Locale.ROOT, "%-34s %10.3f%n", "history off (consent lookup only)", off);
            main.out.printf(Locale.ROOT, "%-34s %10.3f%n", "history on (lookup + insert)", on);
            main.out.printf(Locale.ROOT, "%-34s %10.3f%n", "difference", on - off);
            main.out.printf(Locale.ROOT, "stored readings: %d%n", keeper.export(user).size());
            MoodReport report = ((MoodReply.Answered) bot.handle(MoodRequest.text(user, "what a day")).get())
                    .report();
            UserRef stranger = new UserRef("bench", "no-consent");
            main.out.printf(Locale.ROOT, "keep() alone, %d calls: history on %.3f ms/call, off %.3f ms/call%n",
                    messages, keepMillis(keeper, user, report), keepMillis(keeper, stranger, report));
            long[] renders = new long[21];
            for (int i = 0; i < renders.length; i++) {
                long start = System.nanoTime();
                keeper.chart(user);
                renders[i] = System.nanoTime() - start;
            }
            long first = renders[0];
            long[] warm = Arrays.copyOfRange(renders, 1, renders.length);
            Arrays.sort(warm);
            main.out.printf(Locale.ROOT, "chart (read + render 900x420 PNG): first %.0f ms, then median %.0f ms,"
                    + " max %.0f ms over %d%n", first / 1e6, warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6,
                    warm.length);
            keeper.forget(user);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }

    private double keepMillis(HistoryKeeper keeper, UserRef user, MoodReport report) {
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            keeper.keep(user, report, ReadingSource.TEXT);
        }
        return (System.nanoTime() - start) / 1e6 / messages;
    }

    /** Mean wall time per message, one at a time, so the write is on every message's path. */
    private static double run(MoodBot bot, UserRef user, List<String> texts) throws Exception {
        long start = System.nanoTime();
        for (String text : texts) {
            MoodReply reply = bot.handle(MoodRequest.text(user, text)).get(60, TimeUnit.SECONDS);
            if (!(reply instanceof MoodReply.Answered)) {
                throw new IllegalStateException("not answered: " + reply);
            }
        }
        return (System.nanoTime() - start) / 1e6 / texts.size();
    }
}
