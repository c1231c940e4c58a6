package dev.moodbot.core.music;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.MusicConfig;
import dev.moodbot.core.mood.Mood;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The curated tracks for each mood, read once at start-up and never changed. */
public final class TrackCatalog {
    /** The value of {@code music.tracks} that selects the list shipped inside moodbot. */
    public static final String BUILTIN = "builtin";

    static final String BUILTIN_RESOURCE = "moodbot/config/tracks.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(TrackCatalog.class);

    private final Map<Mood, List<CatalogEntry>> entries;

    private TrackCatalog(Map<Mood, List<CatalogEntry>> entries) {
        this.entries = new EnumMap<>(entries);
    }

    /**
     * Reads {@code music.tracks}: the shipped list for {@code builtin}, otherwise a file path.
     *
     * @throws ConfigException when the file is missing or any entry is bad; the message names the entry
     */
    public static TrackCatalog load(MusicConfig config) {
        String source = config.tracks();
        String yaml = BUILTIN.equals(source) ? readBuiltin() : readFile(source);
        TrackCatalog catalog = parse(yaml, source, config.perReply());
        LOG.info("Loaded {} tracks from {}", catalog.size(), source);
        return catalog;
    }

    /**
     * Reads a track list from YAML text.
     *
     * @param source the list's name, used in error messages
     * @param needed the fewest tracks any mood may have
     */
    public static TrackCatalog parse(String yaml, String source, int needed) {
        return new TrackCatalog(new TrackListCheck(source, needed).check(TrackListFile.parse(yaml, source)));
    }

    /** Every track for {@code mood}, in file order. */
    public List<Track> tracks(Mood mood) {
        return entries(mood).stream().map(CatalogEntry::track).toList();
    }

    /** How many tracks the catalog holds over all moods. */
    public int size() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    List<CatalogEntry> entries(Mood mood) {
        return entries.getOrDefault(mood, List.of());
    }

    private static String readBuiltin() {
        try (InputStream in = TrackCatalog.class.getClassLoader().getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in track list " + BUILTIN_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFile(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | InvalidPathException e) {
            throw new ConfigException("music.tracks", path, "no such file; use 'builtin' or a path to a tracks.yaml");
        } catch (IOException e) {
            throw new ConfigException("music.tracks", path, "cannot be read: " + e.getMessage());
        }
    }
}
