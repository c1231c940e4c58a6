package dev.moodbot.core.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.MusicConfig;
import dev.moodbot.core.mood.Mood;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackCatalogTest {
    private static final String SEARCH = "https://www.youtube.com/results?search_query=";
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    @Test
    void load_builtin_everyMoodHasEightSongsInEnglishAndKorean() {
        TrackCatalog catalog = TrackCatalog.load(MusicConfig.defaults());
        for (Mood mood : Mood.values()) {
            List<Track> tracks = catalog.tracks(mood);
            long korean = tracks.stream().filter(t -> HANGUL.matcher(t.title()).find()).count();
            assertTrue(tracks.size() >= 8, mood + " has " + tracks.size() + " tracks");
            assertTrue(korean >= 2, mood + " has " + korean + " Korean-titled tracks");
            assertTrue(tracks.size() - korean >= 4, mood + " has too few tracks with Latin titles");
        }
    }

    @Test
    void load_builtin_everyUrlIsAnEncodedYouTubeSearchForItsOwnTitle() {
        TrackCatalog catalog = TrackCatalog.load(MusicConfig.defaults());
        for (Mood mood : Mood.values()) {
            for (Track track : catalog.tracks(mood)) {
                assertTrue(track.url().startsWith(SEARCH), track.url());
                URI.create(track.url()); // throws on a raw space or other unencoded character
                assertTrue(track.url().chars().allMatch(c -> c < 128), "not percent-encoded: " + track.url());
                String query = URLDecoder.decode(track.url().substring(SEARCH.length()), StandardCharsets.UTF_8);
                String title = track.title().replaceFirst(" \\(.*$", "");
                assertTrue(letters(query).contains(letters(title)), track + " searches for '" + query + "'");
            }
        }
    }

    @Test
    void load_filePath_readsThatFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, allMoods(1));
        TrackCatalog catalog = TrackCatalog.load(new MusicConfig(file.toString(), 1));
        assertEquals(List.of(new Track("Song 0", "Band", "https://example.com/anger/0")), catalog.tracks(Mood.ANGER));
        assertEquals(7, catalog.size());
    }

    @Test
    void load_missingFile_namesTheKeyAndPath() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> TrackCatalog.load(new MusicConfig("/no/such/tracks.yaml", 3)));
        assertEquals("music.tracks", e.key());
        assertTrue(e.getMessage().contains("/no/such/tracks.yaml"), e.getMessage());
    }

    @Test
    void parse_unknownMood_namesTheMood() {
        String yaml = allMoods(1) + "  happiness:\n" + track("x", "https://example.com/x");
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.happiness", e.key());
    }

    @Test
    void parse_missingUrl_namesTheEntry() {
        String yaml = allMoods(1, Mood.JOY) + "  joy:\n" + track("A", "https://example.com/a") + "    - title: \"B\"\n      artist: \"Band\"\n";
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.joy[1].url", e.key());
    }

    @Test
    void parse_nonWebUrl_namesTheEntryAndValue() {
        String yaml = allMoods(1, Mood.FEAR) + "  fear:\n" + track("A", "ftp://example.com/a");
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.fear[0].url", e.key());
        assertTrue(e.getMessage().contains("ftp://example.com/a"), e.getMessage());
    }

    @Test
    void parse_fewerTracksThanAReply_namesTheMood() {
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(allMoods(2), "t.yaml", 3));
        assertEquals("t.yaml:moods.joy", e.key());
    }

    @Test
    void parse_missingMood_rejectedUnlessNoneNeeded() {
        String yaml = "moods:\n  joy:\n" + track("A", "https://example.com/a");
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.surprise", e.key()); // the first missing one in Mood order
        assertEquals(1, TrackCatalog.parse(yaml, "t.yaml", 0).size());
    }

    @Test
    void parse_unknownKey_namesItsPath() {
        String yaml = allMoods(1, Mood.SURPRISE) + "  surprise:\n" + track("A", "https://example.com/a") + "      year: 1999\n";
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.surprise[0].year", e.key());
    }

    @Test
    void parse_scoreOutsideScale_namesTheBound() {
        String yaml = allMoods(1, Mood.DISGUST) + "  disgust:\n" + track("A", "https://example.com/a") + "      maxScore: 7\n";
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.disgust[0].maxScore", e.key());
    }

    @Test
    void parse_minAboveMax_rejected() {
        String yaml = allMoods(1, Mood.DISGUST) + "  disgust:\n" + track("A", "https://example.com/a")
                + "      minScore: 4\n      maxScore: 2\n";
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.disgust[0]", e.key());
    }

    @Test
    void parse_sameTrackTwice_rejected() {
        String yaml = allMoods(1, Mood.NEUTRAL) + "  neutral:\n" + track("A", "https://example.com/a") + track("A", "https://example.com/a");
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertEquals("t.yaml:moods.neutral[1]", e.key());
    }

    @Test
    void parse_moodListedTwice_rejected() {
        String yaml = allMoods(1) + "  joy:\n" + track("A", "https://example.com/a");
        ConfigException e = assertThrows(ConfigException.class, () -> TrackCatalog.parse(yaml, "t.yaml", 1));
        assertTrue(e.getMessage().contains("joy"), e.getMessage());
    }

    @Test
    void parse_brokenYaml_namesWhereAndTheLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> TrackCatalog.parse("moods:\n  joy:\n    - title: \"unterminated\n", "t.yaml", 1));
        assertTrue(e.key().startsWith("t.yaml:moods.joy"), e.key());
        assertTrue(e.getMessage().contains("not valid YAML (near line 3)"), e.getMessage());
    }

    /** A list with {@code count} tracks for every mood but {@code skip}, which the test appends itself. */
    static String allMoods(int count, Mood... skip) {
        StringBuilder yaml = new StringBuilder("moods:\n");
        for (Mood mood : Mood.values()) {
            if (List.of(skip).contains(mood)) {
                continue;
            }
            yaml.append("  ").append(mood.key()).append(":\n");
            for (int i = 0; i < count; i++) {
                yaml.append(track("Song " + i, "https://example.com/" + mood.key() + "/" + i));
            }
        }
        return yaml.toString();
    }

    static String track(String title, String url) {
        return "    - title: \"" + title + "\"\n      artist: \"Band\"\n      url: " + url + "\n";
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
