package dev.moodbot.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MoodChartTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-30");

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void render_joyOnlyDays_drawsJoyBarsAndNoSadnessOnOpaqueCard() throws Exception {
        List<Reading> readings = List.of(
                new Reading(Instant.parse("2026-03-10T08:00:00Z"), "console", Mood.JOY, 0.9, 4.8, ReadingSource.TEXT),
                new Reading(Instant.parse("2026-03-29T20:00:00Z"), "console", Mood.JOY, 0.7, 4.2, ReadingSource.VOICE),
                // Older than 30 days: left out of the chart.
                new Reading(Instant.parse("2026-02-01T08:00:00Z"), "console", Mood.SADNESS, 0.9, 2, ReadingSource.TEXT));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(MoodChart.render(readings, TODAY)));
        assertEquals(900, image.getWidth());
        assertEquals(420, image.getHeight());
        // The legend shows every mood's swatch, so sadness's colour is looked for only inside the plot area.
        assertTrue(hasColour(image, 0xF2C94C), "joy bars");
        assertFalse(hasColour(image.getSubimage(60, 40, 760, 300), 0x2F80ED), "no sadness bars");
        assertEquals(0xF7F7F8, image.getRGB(2, 2) & 0xFFFFFF, "opaque card, readable on dark and light themes");
        assertEquals(0xFF, image.getRGB(2, 2) >>> 24);
    }

    @Test
    void render_noReadings_stillDrawsAnEmptyTimeline() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(MoodChart.render(List.of(), TODAY)));
        assertFalse(hasColour(image.getSubimage(60, 40, 760, 300), 0xF2C94C));
    }
}
