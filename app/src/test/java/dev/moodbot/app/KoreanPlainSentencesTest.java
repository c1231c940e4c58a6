package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain Korean sentences with one clear mood, five per mood (written for this test, in
 * {@code korean-plain-sentences.tsv}), read through {@code moodbot analyze --file --json} on the shipped default
 * config: the way a Korean user meets the Korean default. A sentence counts as right only when the mood is right
 * and the bot says it (not "unclear").
 */
class KoreanPlainSentencesTest {
    private static final int RIGHT_OF_FIVE = 4;
    private static final Map<String, Integer> BELOW_THE_BAR = Map.of("disgust", 2);

    @TempDir
    Path temp;

    @Test
    void analyze_plainKoreanSentences_atLeastFourOfFiveRightForEveryMoodButDisgust() throws IOException {
        List<String[]> rows = sentences();
        Path file = temp.resolve("sentences.txt");
        Files.write(file, rows.stream().map(r -> r[0]).toList(), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"analyze", "--file", file.toString(), "--json"}, Map.of(),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());

        List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(rows.size(), lines.size(), out.toString());
        Map<String, Integer> right = new TreeMap<>();
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode json = new ObjectMapper().readTree(lines.get(i));
            assertEquals("ko", json.get("language").asText(), json.toString());
            String expected = rows.get(i)[1];
            right.merge(expected, 0, Integer::sum);
            boolean said = !json.get("unclear").asBoolean() || expected.equals("neutral");
            if (expected.equals(json.get("mood").asText()) && said) {
                right.merge(expected, 1, Integer::sum);
            } else {
                wrong.append(String.format("%n  %s (%s): %s %.2f%s", rows.get(i)[0], expected,
                        json.get("mood").asText(), json.get("confidence").asDouble(),
                        json.get("unclear").asBoolean() ? " unclear" : ""));
            }
        }
        assertEquals(7, right.size(), right.toString());
        right.forEach((mood, n) -> assertTrue(n >= BELOW_THE_BAR.getOrDefault(mood, RIGHT_OF_FIVE), mood + ": " + n
                + " of 5 right " + right + "; wrong:" + wrong));
    }

    private static List<String[]> sentences() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = KoreanPlainSentencesTest.class.getResourceAsStream("/korean-plain-sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
