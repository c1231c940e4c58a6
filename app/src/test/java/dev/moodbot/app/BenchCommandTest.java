package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bench end to end on the tiny committed model with a handful of messages: every run and peer shows up in the
 * table and every bar is reported. The figures themselves are not checked (speed is never asserted in tests).
 */
class BenchCommandTest {
    private static final Path TINY = Path.of(System.getProperty("moodbot.root"), "models/fixtures/tiny-bert-stars");

    @Test
    void bench_tinyModel_printsEveryRunPeerAndBar() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bench", "--model", TINY.toString(), "--messages", "40",
            "--callers", "1,4", "--rate", "200", "--soak", "3000"}, Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true));
        String text = out.toString();
        assertEquals(0, code, err.toString() + text);
        for (String row : new String[] {"| moodbot closed loop, 1 caller |", "| moodbot closed loop, 4 callers |",
            "| moodbot open loop, 200 msgs/s offered |", "| raw ONNX Runtime, 1 message per call |"}) {
            assertTrue(text.contains(row), row + " missing in:\n" + text);
        }
        // langchain4j reads BERT-style inputs only; the tiny model's are named ids and mask, so it is skipped, saying so.
        assertTrue(text.contains("langchain4j peer skipped"), text);
        assertTrue(text.contains("memory after 3000 messages: RSS"), text);
        assertTrue(text.contains("- best closed loop / faster peer:") && text.contains("- open loop p99:")
                && text.contains("- RSS after 3000 messages:")
                && text.contains("- 1 caller / raw ONNX Runtime, 1 message per call:"), text);
        assertTrue(text.contains("ceiling: equal-length batches of 32") && text.contains("% of the ceiling's msgs/s"),
                text);
        assertTrue(text.contains("rate limit: the bench's own bucket"), text);
    }
}
