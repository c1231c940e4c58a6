package dev.moodbot.core.music;

import java.util.Objects;

/** One song moodbot may suggest; {@code url} opens without any API key. */
public record Track(String title, String artist, String url) {
    public Track {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(url, "url");
    }
}
