package dev.moodbot.app;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user meets it: arguments and stdin in, stdout and an exit code out, on the real default model. */
class ConsoleModeTest {
    private static final Pattern TRACK_LINE = Pattern.compile("(?m)^  • .+ – .+  https://\\S+$");

    record Run(int exitCode, String out, String err) {}

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void run_noTokens_consoleAnswersMoodWithThreeTracks() {
        Run run = run("/mood I am so happy today\n/help\n/mood\n/quit\n");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("console mode"), run.out());
        assertTrue(run.out().contains("😄 joy"), run.out());
        Matcher tracks = TRACK_LINE.matcher(run.out());
        int count = 0;
        while (tracks.find()) {
            count++;
        }
        assertEquals(3, count, run.out());
        assertTrue(run.out().contains("/voice <path>"), "help is shown: " + run.out());
        assertTrue(run.out().contains("Usage: /mood <text>"), "empty /mood gets a usage hint: " + run.out());
    }

    @Test
    void run_mentionAndPlainLine_bothAnswered() {
        Run run = run("@moodbot My dog died this morning\nthis is the best day of my life!\n");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("😢 sadness"), run.out());
        assertTrue(run.out().contains("😄 joy"), run.out());
    }

    @Test
    void run_unknownCommandAndMissingVoiceFile_friendlyAnswers() {
        Run run = run("/dance\n/voice /no/such/file.ogg\n");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Unknown command /dance"), run.out());
        assertTrue(run.out().contains("No such file"), run.out());
        assertFalse(run.out().contains("Exception"), run.out());
    }

    @Test
    void analyze_json_printsOneObjectWithEveryField() throws Exception {
        Run run = run("", "analyze", "I just got the job, I'm so happy!", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("joy", json.get("mood").asText());
        assertTrue(json.get("confidence").asDouble() > 0 && json.get("confidence").asDouble() <= 1);
        assertEquals(7, json.get("scores").size());
        double score = json.get("score").asDouble();
        assertTrue(score >= 1 && score <= 5, "score " + score);
        assertEquals(3, json.get("tracks").size());
        for (JsonNode track : json.get("tracks")) {
            assertTrue(track.hasNonNull("title") && track.hasNonNull("artist"), track.toString());
            assertTrue(track.get("url").asText().startsWith("https://"), track.toString());
        }
        assertTrue(json.get("model").asText().startsWith("minilm"), json.toString());
        assertFalse(json.get("truncated").asBoolean());
        assertEquals("en", json.get("language").asText());
    }

    @Test
    void analyzeVoice_englishNoteJson_transcriptMoodAndTracks() throws Exception {
        Run run = run("", "analyze", "--voice", sharedNote("en_happy_slack.webm"), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("answered", json.get("status").asText(), json.toString());
        assertTrue(json.get("transcript").asText().contains("happy today"), json.toString());
        assertEquals("joy", json.get("mood").asText());
        assertEquals(3, json.get("tracks").size());
        assertTrue(json.get("voice").has("arousal"), json.toString());
    }

    @Test
    void analyzeVoice_koreanNoteJson_energyReadingAndCouldNotMakeOutTheWords() throws Exception {
        Run run = run("", "analyze", "--voice", sharedNote("ko_happy_discord.ogg"), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("heard", json.get("status").asText(), json.toString());
        assertTrue(json.get("transcript").isNull() && json.get("mood").isNull(), json.toString());
        assertTrue(json.get("message").asText().contains("couldn't make out the words"), json.toString());
        assertTrue(json.get("voice").has("loudnessDbfs"), json.toString());
        assertTrue(json.get("operatorHint").asText().contains("model.stt"), json.toString());
    }

    @Test
    void run_voiceCommand_answersWithWhatWasHeard() {
        Run run = run("/voice " + sharedNote("en_calm_f_generic.mp3") + "\n");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("I heard: “can you recommend some"), run.out());
        assertTrue(run.out().contains("Read from: the words I heard"), run.out());
    }

    private static String sharedNote(String file) {
        return Path.of(System.getProperty("moodbot.sharedData"), "audio", "voice-notes", file).toString();
    }

    @Test
    void analyze_koreanJson_koreanModelAndKoreanWording() throws Exception {
        String[][] cases = {{"오늘 정말 행복해요", "joy", "기쁨"}, {"너무 슬퍼서 눈물이 나요 ㅠㅠ", "sadness", "슬픔"},
            {"진짜 짜증나 미치겠네", "anger", "분노"}};
        for (String[] c : cases) {
            Run run = run("", "analyze", c[0], "--json");
            assertEquals(0, run.exitCode(), run.err());
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertEquals(c[1], json.get("mood").asText(), json.toString());
            assertEquals(c[2], json.get("moodName").asText(), json.toString());
            assertTrue(json.get("headline").asText().contains(c[2]), json.toString());
            assertEquals("korean-ngram", json.get("model").asText());
            assertEquals("ko", json.get("language").asText());
        }
    }

    @Test
    void run_koreanLine_answeredInKorean() {
        Run run = run("/mood 오늘 정말 행복해요\n/quit\n");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("😄 기쁨"), run.out());
        assertTrue(run.out().contains("점수 ") && run.out().contains("어울리는 음악:"), run.out());
    }

    @Test
    void analyze_hugeText_answeredAndFlaggedTruncated() throws Exception {
        String huge = "I am so happy and grateful for everything today. ".repeat(410).substring(0, 20_000);
        Run run = run("", "analyze", huge, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("answered", json.get("status").asText());
        assertTrue(json.get("truncated").asBoolean());
    }

    @Test
    void analyzeFile_stdinLines_oneJsonPerLineInOrderWithoutRateLimit() throws Exception {
        String lines = "I just got the job, I'm so happy!\n:sob: :sob:\n<@123> https://example.com\n"
                + "The concert was amazing. Then someone stole my bike and I'm furious.\n"
                + "lol xD\nthanks :)\n";
        Run run = run(lines, "analyze", "--file", "-", "--json");
        assertEquals(0, run.exitCode(), run.err());
        ObjectMapper mapper = new ObjectMapper();
        var json = run.out().lines().map(line -> {
            try {
                return mapper.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertEquals(6, json.size(), run.out());
        assertEquals("joy", json.get(0).get("mood").asText());
        assertEquals("sadness", json.get(1).get("mood").asText());
        assertEquals("nothing_to_read", json.get(2).get("reason").asText());
        JsonNode sentences = json.get(3).get("sentences");
        assertEquals(2, sentences.size(), json.get(3).toString());
        assertEquals("anger", sentences.get(1).get("mood").asText());
        assertEquals("Then someone stole my bike and I'm furious.", sentences.get(1).get("text").asText());
        // one user asking six times in a row is over the chat burst, but a file is not rate-limited
        assertEquals("answered", json.get(5).get("status").asText(), json.get(5).toString());
        assertTrue(run.err().contains("msgs/s"), run.err());
    }

    @Test
    void analyzeFile_missingFile_saysSoAndExitsOne(@TempDir Path dir) {
        Run run = run("", "analyze", "--file", dir.resolve("none.txt").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("No such file"), run.err());
    }

    @Test
    void analyze_emptyText_usageHintAndExitZero() throws Exception {
        Run run = run("", "analyze", "   ", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("rejected", json.get("status").asText());
        assertEquals("empty_text", json.get("reason").asText());
        assertTrue(json.get("message").asText().contains("/mood"), json.toString());
    }

    @Test
    void analyze_badConfigValue_exitsNonZeroNamingKeyAndValue(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "rateLimit:\n  burst: -4\n");
        Run run = run("", "--config", config.toString(), "analyze", "hello");
        assertEquals(Main.CONFIG_ERROR, run.exitCode());
        assertTrue(run.err().contains("rateLimit.burst") && run.err().contains("-4"), run.err());
        assertEquals("", run.out());
    }
}
