package dev.moodbot.core.config;

/**
 * Where track suggestions come from.
 *
 * @param tracks a YAML file mapping moods to tracks; {@code builtin} for the list that ships with moodbot
 * @param perReply how many tracks one reply suggests
 */
public record MusicConfig(String tracks, int perReply) {
    public MusicConfig {
        ConfigException.check(tracks != null && !tracks.isBlank(), "music.tracks", tracks, "must name a file or 'builtin'");
        ConfigException.check(perReply >= 0 && perReply <= 10, "music.perReply", perReply, "must be within 0..10");
    }

    public static MusicConfig defaults() {
        return new MusicConfig("builtin", 3);
    }
}
