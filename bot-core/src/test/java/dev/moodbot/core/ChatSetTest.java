package dev.moodbot.core;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.testing.FakeTicker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * moodbot's own chat set (emoji only, Slack and Discord shortcodes, emoticons, platform markup, mixed feelings) read
 * through the whole core path on the shipped default models and real ONNX Runtime.
 */
class ChatSetTest {
    /** The bar the chat set must clear; it was written before it was measured. */
    private static final double MIN_ACCURACY = 0.80;
    private static MoodBot bot;

    private record Line(List<Mood> accepted, String text) {}

    @BeforeAll
    static void start() {
        bot = MoodBotAssembly.assemble(CoreConfig.defaults(), new FakeTicker());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void handle_chatSet_atLeastEightyPercentRight() throws Exception {
        List<Line> lines = chatSet();
        List<CompletableFuture<MoodReply>> replies = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // One user per line: the set is about reading, not rate limits.
            replies.add(bot.handle(MoodRequest.text(new UserRef("chat-set", "u" + i), lines.get(i).text())));
        }
        int right = 0;
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            MoodReply reply = replies.get(i).get(60, TimeUnit.SECONDS);
            MoodReport report = assertInstanceOf(MoodReply.Answered.class, reply, lines.get(i).text()).report();
            Mood read = report.scores().top();
            if (lines.get(i).accepted().contains(read)) {
                right++;
            } else {
                wrong.append(String.format(Locale.ROOT, "%n  %s read as %s (%.0f%%), expected %s",
                        lines.get(i).text(), read.key(), 100 * report.confidence(), lines.get(i).accepted()));
            }
        }
        double accuracy = (double) right / lines.size();
        System.out.printf(Locale.ROOT, "chat set: %d of %d right (%.1f%%)%s%n", right, lines.size(), 100 * accuracy,
                wrong);
        assertTrue(lines.size() >= 40, "the chat set has " + lines.size() + " lines");
        assertTrue(accuracy >= MIN_ACCURACY, String.format(Locale.ROOT, "%.3f < %.2f:%s", accuracy, MIN_ACCURACY,
                wrong));
    }

    /** "mood<TAB>text" per line; "joy|sadness" accepts either; {@code \n} in a text is a line break. */
    static List<Line> chatSet() throws IOException {
        try (InputStream in = ChatSetTest.class.getResourceAsStream("/chat/chat-set.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(cells -> new Line(Arrays.stream(cells[0].split("\\|")).map(key -> Mood.fromKey(key).orElseThrow()).toList(),
                            cells[1].replace("\\n", "\n")))
                    .toList();
        }
    }
}
