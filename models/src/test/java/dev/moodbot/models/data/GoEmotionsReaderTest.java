package dev.moodbot.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodbot.core.mood.Language;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The English GoEmotions and its row-aligned Korean translation read through the same reader. */
class GoEmotionsReaderTest {
    private static final Path TEXT = Path.of(System.getProperty("moodbot.sharedData", "../../shared/data"), "text");

    @Test
    void read_koreanTranslation_koreanDatasetNamedAfterItsFolder() throws IOException {
        Dataset ko = Datasets.standard().read(TEXT.resolve("goemotions-ko"), "test");

        assertEquals(Language.KO, ko.language());
        assertEquals("goemotions-ko/test", ko.name());
        assertEquals(4_968, ko.rows().size());
    }

    @Test
    void read_english_sameRowsSameMoodsInEnglish() throws IOException {
        Dataset en = Datasets.standard().read(TEXT.resolve("goemotions"), "test");
        Dataset ko = Datasets.standard().read(TEXT.resolve("goemotions-ko"), "test");

        assertEquals(Language.EN, en.language());
        assertEquals("goemotions/test", en.name());
        assertEquals(en.rows().stream().map(r -> r.mood()).toList(), ko.rows().stream().map(r -> r.mood()).toList());
    }
}
