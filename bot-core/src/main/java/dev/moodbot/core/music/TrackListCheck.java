package dev.moodbot.core.music;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.mood.Mood;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed track list and builds the catalog's entries. Every problem stops start-up with the entry's place
 * in the file ({@code moods.sadness[3].url}) and its value, so a typo in a hand-edited list is found in seconds.
 */
final class TrackListCheck {
    private final String source;
    private final int needed;

    /**
     * @param source the file's name, for messages
     * @param needed how many tracks each mood must have (one reply's worth)
     */
    TrackListCheck(String source, int needed) {
        this.source = source;
        this.needed = needed;
    }

    Map<Mood, List<CatalogEntry>> check(TrackListFile file) {
        Map<Mood, List<CatalogEntry>> byMood = new EnumMap<>(Mood.class);
        file.moods().forEach((key, entries) -> {
            Mood mood = Mood.fromKey(key).orElseThrow(() -> new ConfigException(source + ":moods." + key, key,
                    "is not a mood; use one of " + Arrays.stream(Mood.values()).map(Mood::key).toList()));
            byMood.put(mood, entries(mood, entries == null ? List.of() : entries));
        });
        for (Mood mood : Mood.values()) {
            int count = byMood.getOrDefault(mood, List.of()).size();
            if (count < needed) {
                throw new ConfigException(source + ":moods." + mood.key(), count + " tracks",
                        "needs at least " + needed + " tracks (music.perReply)");
            }
        }
        return byMood;
    }

    private List<CatalogEntry> entries(Mood mood, List<TrackListFile.Entry> written) {
        List<CatalogEntry> entries = new ArrayList<>(written.size());
        Set<Track> seen = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String where = source + ":moods." + mood.key() + "[" + i + "]";
            CatalogEntry entry = entry(where, written.get(i));
            if (!seen.add(entry.track())) {
                throw new ConfigException(where, entry.track().title() + " by " + entry.track().artist(),
                        "is listed twice for " + mood.key());
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private CatalogEntry entry(String where, TrackListFile.Entry written) {
        if (written == null) {
            throw new ConfigException(where, null, "is empty; a track needs title, artist and url");
        }
        String title = required(where + ".title", written.title());
        String artist = required(where + ".artist", written.artist());
        String url = required(where + ".url", written.url());
        if (!isWebLink(url)) {
            throw new ConfigException(where + ".url", url, "must be an http(s) link (" + title + " by " + artist + ")");
        }
        double min = bound(where + ".minScore", written.minScore(), CatalogEntry.LOWEST);
        double max = bound(where + ".maxScore", written.maxScore(), CatalogEntry.HIGHEST);
        if (min > max) {
            throw new ConfigException(where, min + ".." + max, "minScore must not exceed maxScore");
        }
        return new CatalogEntry(new Track(title, artist, url), min, max);
    }

    private static String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, value, "is required");
        }
        return value.strip();
    }

    private static double bound(String key, Double value, double absent) {
        if (value == null) {
            return absent;
        }
        if (!(value >= CatalogEntry.LOWEST && value <= CatalogEntry.HIGHEST)) {
            throw new ConfigException(key, value, "must be within 1..5");
        }
        return value;
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
