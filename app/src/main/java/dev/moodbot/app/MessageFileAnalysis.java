package dev.moodbot.app;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.RateLimitConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@code analyze --file}: one message per line, each read through {@link MoodBot} like a chat message, one reply
 * printed per line in the file's order. Messages are in flight together, so the inference workers batch them as
 * they batch a busy chat; the window stays under the inference queue, so none is shed as busy.
 */
final class MessageFileAnalysis {
    private static final UserRef FILE_USER = new UserRef("cli", "analyze-file");
    /**
     * Messages in flight at once: each may ask for up to seven readings (the whole and six sentences), and 32 of
     * them stay inside the default queue of 256 while keeping both workers' batches full.
     */
    static final int WINDOW = 32;

    private MessageFileAnalysis() {}

    /**
     * The person who runs the command owns the file, so it is not rate-limited like one chat user: a 10,000-line
     * export would otherwise take hours.
     */
    static CoreConfig unlimited(CoreConfig config) {
        return new CoreConfig(config.model(), config.inference(),
                new RateLimitConfig(1_000_000, 1_000_000, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                config.voice(), config.music());
    }

    /** Reads every line of {@code in}; returns how many were read. */
    static int run(MoodBot bot, BufferedReader in, PrintWriter out, Function<MoodReply, String> render)
            throws IOException {
        Deque<CompletableFuture<MoodReply>> inFlight = new ArrayDeque<>();
        int count = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (inFlight.size() >= WINDOW) {
                out.println(render.apply(inFlight.removeFirst().join()));
            }
            inFlight.addLast(bot.handle(MoodRequest.text(FILE_USER, line)));
            count++;
        }
        while (!inFlight.isEmpty()) {
            out.println(render.apply(inFlight.removeFirst().join()));
        }
        out.flush();
        return count;
    }
}
