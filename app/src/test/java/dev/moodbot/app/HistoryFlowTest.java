package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodbot.core.history.Correction;
import dev.moodbot.core.history.ReadingSource;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.Datasets;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The must-show flow, as a user meets it: a fresh HOME, the console, then the history and feedback commands.
 */
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
    void console_wrongMoodWithAndWithoutHistory_exportHasOnlyTheTextRowsAndEvalsReaderReadsIt() throws Exception {
        Run console = run("/wrong joy\n/mood history on\n/mood I am so happy today\n/wrong sadness\n"
                + "@moodbot My dog died this morning\n/wrong bored\n/wrong anger\n"
                + "/mood history off\n/mood what a surprise\n/wrong fear\n");
        assertTrue(console.out().contains("Wrong mood? Type /wrong <mood>"), console.out());
        assertTrue(console.out().contains("no answer to correct yet"), console.out());
        assertTrue(console.out().contains("noted as sadness (with your message"), console.out());
        assertTrue(console.out().contains("couldn't tell which answer or mood"), console.out());
        assertTrue(console.out().contains("noted as fear."), "history off: stored without text: " + console.out());

        Path tsv = home.resolve("feedback.tsv");
        Run export = run("", "feedback", "export", "--out", tsv.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains("wrote 2 rows"), export.out());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tsv)));
        // The reader train-head and eval --data use for a text<TAB>mood file.
        Dataset read = Datasets.standard().read(tsv, "test");
        assertEquals(List.of(new LabelledText("I am so happy today", Mood.SADNESS),
                new LabelledText("My dog died this morning", Mood.ANGER)),
                read.rows());
    }

    @Test
    void console_forget_asksYesNoAndOnlyYesDeletes() throws Exception {
        Run run = run("/mood history on\n/mood I am so happy today\n/mood forget\nn\n");
        assertTrue(run.out().contains("cannot be undone. [y/N]"), run.out());
        assertTrue(run.out().contains("Nothing was deleted"), run.out());
        assertEquals(List.of("joy"), exportedMoods());
        Run yes = run("/mood forget\ny\n");
        assertTrue(yes.out().contains("deleted 1 reading"), yes.out());
        assertEquals(List.of(), exportedMoods());
    }

    @Test
    void feedbackExport_rowOfAnyText_oneLineTheReaderSplitsRight() {
        Correction odd = new Correction(Instant.EPOCH,
                "slack", Mood.JOY, Mood.FEAR,
                ReadingSource.VOICE, Optional.of("#late\tagain\n\nsigh  "));
        assertEquals(Optional.of(" #late again sigh\tfear"), FeedbackCommand.row(odd));
    }

    @Test
    void export_malformedUser_friendlyUsageError() {
        Run run = run("", "history", "export", "--user", "discord");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("PLATFORM:ID"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
