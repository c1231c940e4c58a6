package dev.moodbot.app.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where moodbot reads its config and keeps data and caches, after the XDG base directories, with the variables
 * systemd sets for a service ({@code ConfigurationDirectory=}, {@code StateDirectory=}, {@code CacheDirectory=}) first:
 * <ul>
 *   <li>config: {@code $CONFIGURATION_DIRECTORY}, else {@code $XDG_CONFIG_HOME/moodbot}, else
 *       {@code ~/.config/moodbot}; {@code /etc/moodbot} after it;</li>
 *   <li>data: {@code $STATE_DIRECTORY}, else {@code $XDG_DATA_HOME/moodbot}, else {@code ~/.local/share/moodbot};</li>
 *   <li>cache: the {@code moodbot.cacheDir} system property, else {@code $CACHE_DIRECTORY}, else
 *       {@code $XDG_CACHE_HOME/moodbot}, else {@code ~/.cache/moodbot}.</li>
 * </ul>
 * {@code ~} is {@code $HOME}, as XDG says, and the JVM's {@code user.home} only without it.
 */
public record RuntimeDirs(Path config, Path data, Path cache) {
    public static final String CACHE_DIR = "moodbot.cacheDir";
    public static final String DATA_DIR = "moodbot.dataDir";
    public static final String SQLITE_TMPDIR = "org.sqlite.tmpdir";
    static final Path SYSTEM_CONFIG = Path.of("/etc/moodbot");

    public static RuntimeDirs of(Map<String, String> env, Properties system) {
        Path home = Path.of(nonBlank(env.get("HOME")) ? env.get("HOME") : system.getProperty("user.home"));
        Path config = first(env.get("CONFIGURATION_DIRECTORY"),
                xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("moodbot"));
        Path data = first(env.get("STATE_DIRECTORY"),
                xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("moodbot"));
        Path cache = first(system.getProperty(CACHE_DIR), first(env.get("CACHE_DIRECTORY"),
                xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("moodbot")));
        return new RuntimeDirs(config, data, cache);
    }

    /** The config files looked for after --config, MOODBOT_CONFIG and ./config/moodbot.yaml, in order. */
    public List<Path> configFiles() {
        return List.of(config.resolve("moodbot.yaml"), SYSTEM_CONFIG.resolve("moodbot.yaml"));
    }

    /**
     * Points the native libraries' own caches into moodbot's cache folder, so that nothing lands in {@code ~/.djl.ai},
     * {@code ~/.javacpp} or {@code ~/.cache/JNA}. Properties already set (on the command line) win.
     */
    public void applyTo(Properties system) {
        system.putIfAbsent(CACHE_DIR, cache.toString());
        system.putIfAbsent(DATA_DIR, data.toString());
        system.putIfAbsent("DJL_CACHE_DIR", cache.resolve("djl").toString());
        system.putIfAbsent("ENGINE_CACHE_DIR", cache.resolve("djl").toString());
        // Everything moodbot runs ships inside it; DJL must never try to download a model or an engine.
        system.putIfAbsent("ai.djl.offline", "true");
        system.putIfAbsent("org.bytedeco.javacpp.cachedir", cache.resolve("javacpp").toString());
        // One folder for the libraries, not one per jar file name: a renamed or newer jar replaces them in place.
        system.putIfAbsent("org.bytedeco.javacpp.cachedir.nosubdir", "true");
        system.putIfAbsent("jna.tmpdir", cache.resolve("jna").toString());
        // SQLite's JDBC driver unpacks its library here instead of /tmp (StoredHistory creates the folder).
        system.putIfAbsent(SQLITE_TMPDIR, cache.resolve("sqlite").toString());
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        // XDG: a relative path in these variables is invalid and is ignored.
        return nonBlank(value) && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static Path first(String value, Path fallback) {
        return nonBlank(value) ? Path.of(value) : fallback;
    }

    private static boolean nonBlank(String value) {
        return value != null && !value.isBlank();
    }
}
