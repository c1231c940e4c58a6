package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The must-show flow, as a user meets it: a fresh HOME, the console, then the history commands. */
class HistoryFlowTest {
    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {}

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Run from a folder without config/moodbot.yaml, as after installing: every default applies.
        int code = Main.execute(args, Map.of("HOME", home.toString()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> exportedMoods() throws Exception {
        Run export = run("", "history", "export", "--user", "console", "--json");
        assertEquals(0, export.exitCode(), export.err());
        List<String> moods = new ArrayList<>();
        for (JsonNode reading : new ObjectMapper().readTree(export.out())) {
            assertEquals(List.of("time", "mood", "confidence", "score", "source"),
                    iterate(reading.fieldNames()));
            assertEquals("text", reading.get("source").asText());
            moods.add(reading.get("mood").asText());
        }
        return moods;
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void console_consentThenTwoMoods_exportChartAndForget() throws Exception {
        Run before = run("/mood I am so happy today\n");
        assertTrue(before.out().contains("😄 joy"), before.out());
        assertEquals(List.of(), exportedMoods(), "nothing is stored without consent");

        Run consented = run("/mood history on\n/mood I am so happy today\n/mood My dog died this morning\n");
        assertTrue(consented.out().contains("Mood history is on"), consented.out());
        assertEquals(List.of("joy", "sadness"), exportedMoods());

        Path png = home.resolve("history.png");
        Run chart = run("", "history", "chart", "--user", "console", "--out", png.toString());
        assertEquals(0, chart.exitCode(), chart.err());
        assertTrue(chart.out().contains("rendered in"), chart.out());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(Files.readAllBytes(png), 4));

        Run forget = run("", "forget", "--user", "console");
        assertTrue(forget.out().contains("Deleted 2 readings"), forget.out());
        assertEquals(List.of(), exportedMoods());
    }

    @Test
    void console_historyOffAndShow_stopsStoringAndDrawsChart() throws Exception {
        Run run = run("/mood history on\n/mood this is the best day of my life!\n/mood history off\n"
                + "/mood I am furious\n/mood history\n");
        assertEquals(List.of("joy"), exportedMoods());
        assertTrue(run.out().contains("Mood history is off"), run.out());
        assertTrue(run.out().contains("(1 reading)") && run.out().contains("Chart: "), run.out());
    }

    @Test
    void export_malformedUser_friendlyUsageError() {
        Run run = run("", "history", "export", "--user", "discord");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("PLATFORM:ID"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
