package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped systemd unit, checked by systemd itself (Debian's systemd package; .ci/run installs it). Any output
 * fails: systemd-analyze only warns, with exit code 0, about an unknown key or a bad value.
 */
class SystemdUnitTest {
    private static final Path UNIT = Path.of(System.getProperty("moodbot.root", ".."), "app/src/dist/moodbot.service");

    @Test
    void verify_shippedUnit_noWarnings(@TempDir Path dir) throws Exception {
        // verify checks that ExecStart's program exists: point it at a stand-in for /opt/moodbot/bin/moodbot.
        Path program = Files.writeString(dir.resolve("moodbot"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        String unit = Files.readString(UNIT);
        assertTrue(unit.contains("ExecStart=/opt/moodbot/bin/moodbot run"), unit);
        Path copy = Files.writeString(dir.resolve("moodbot.service"),
                unit.replace("/opt/moodbot/bin/moodbot", program.toString()));

        Process verify = new ProcessBuilder("systemd-analyze", "verify", copy.toString())
                .redirectErrorStream(true).start();
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "systemd-analyze verify did not finish");
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals("", output);
        assertEquals(0, verify.exitValue());

        // systemd's own hardening score, 0 (locked down) to 100 on a scale it shows as 0.0-10.0: 1.3 today.
        Process security = new ProcessBuilder("systemd-analyze", "security", "--offline=true", "--threshold=20",
                copy.toString()).redirectErrorStream(true).start();
        String report = new String(security.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(security.waitFor(60, TimeUnit.SECONDS), "systemd-analyze security did not finish");
        assertEquals(0, security.exitValue(), report);
    }

    @Test
    void unit_hardening_ownUserReadOnlySystemAndStateDirectory() throws IOException {
        String unit = Files.readString(UNIT);
        for (String line : new String[] {"DynamicUser=yes", "ProtectSystem=strict", "ProtectHome=yes",
                "PrivateTmp=yes", "NoNewPrivileges=yes", "StateDirectory=moodbot", "CacheDirectory=moodbot",
                "ConfigurationDirectory=moodbot", "KillSignal=SIGTERM"}) {
            assertTrue(unit.lines().anyMatch(line::equals), line);
        }
    }
}
