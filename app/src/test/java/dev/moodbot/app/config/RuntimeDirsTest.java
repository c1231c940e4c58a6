package dev.moodbot.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RuntimeDirsTest {
    private static Properties system(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/jvm");
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void of_nothingSet_dotFoldersUnderHome() {
        RuntimeDirs dirs = RuntimeDirs.of(Map.of("HOME", "/home/ada"), system());

        assertEquals(new RuntimeDirs(Path.of("/home/ada/.config/moodbot"), Path.of("/home/ada/.local/share/moodbot"),
                Path.of("/home/ada/.cache/moodbot")), dirs);
        assertEquals(List.of(Path.of("/home/ada/.config/moodbot/moodbot.yaml"), Path.of("/etc/moodbot/moodbot.yaml")),
                dirs.configFiles());
    }

    @Test
    void of_xdgVariables_usedAndRelativeOnesIgnored() {
        RuntimeDirs dirs = RuntimeDirs.of(Map.of("XDG_CONFIG_HOME", "/x/config", "XDG_DATA_HOME", "relative/data",
                "XDG_CACHE_HOME", "/x/cache"), system());

        assertEquals(new RuntimeDirs(Path.of("/x/config/moodbot"), Path.of("/home/jvm/.local/share/moodbot"),
                Path.of("/x/cache/moodbot")), dirs);
    }

    @Test
    void of_systemdDirectoriesAndCacheProperty_winOverXdg() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/x/config", "CONFIGURATION_DIRECTORY", "/etc/moodbot",
                "STATE_DIRECTORY", "/var/lib/moodbot", "CACHE_DIRECTORY", "/var/cache/moodbot");

        assertEquals(new RuntimeDirs(Path.of("/etc/moodbot"), Path.of("/var/lib/moodbot"),
                Path.of("/var/cache/moodbot")), RuntimeDirs.of(env, system()));
        assertEquals(Path.of("/tmp/test-cache"),
                RuntimeDirs.of(env, system(RuntimeDirs.CACHE_DIR, "/tmp/test-cache")).cache());
    }

    @Test
    void applyTo_librariesCachesUnderMoodbotCacheAndExplicitPropertiesKept() {
        Properties props = system("jna.tmpdir", "/explicit/jna");

        new RuntimeDirs(Path.of("/c"), Path.of("/d"), Path.of("/cache")).applyTo(props);

        assertEquals("/cache", props.getProperty(RuntimeDirs.CACHE_DIR));
        assertEquals("/cache/djl", props.getProperty("DJL_CACHE_DIR"));
        assertEquals("/cache/javacpp", props.getProperty("org.bytedeco.javacpp.cachedir"));
        assertEquals("true", props.getProperty("ai.djl.offline"));
        assertEquals("/explicit/jna", props.getProperty("jna.tmpdir"));
        assertEquals("/cache/sqlite", props.getProperty(RuntimeDirs.SQLITE_TMPDIR));
    }
}
