package dev.moodbot.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.models.LabelledText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on the real KOTE files in the shared data folder, and on small broken copies. */
class KoteReaderTest {
    private static final Path KOTE = Path.of(System.getProperty("moodbot.sharedData", "../../shared/data"),
            "text", "kote");

    @TempDir
    Path temp;

    @Test
    void read_validationSplit_everyRowWithAGoldMood() throws IOException {
        Dataset val = Datasets.standard().read(KOTE, "val");

        assertEquals(5_000, val.rows().size());
        assertEquals(Language.KO, val.language());
        assertEquals("kote/val", val.name());
        long anger = val.rows().stream().filter(r -> r.mood() == Mood.ANGER).count();
        long neutral = val.rows().stream().filter(r -> r.mood() == Mood.NEUTRAL).count();
        assertEquals(1_828, anger);
        assertEquals(284, neutral);
        assertTrue(val.note().contains("anger 1828"), val.note());
    }

    @Test
    void rows_firstRow_labelNamesInOrder() throws IOException {
        KoteReader.Row first = new KoteReader().rows(KOTE, "val").getFirst();

        assertTrue(first.text().startsWith("음료가 몇푼이나 한다고"), first.text());
        assertEquals(List.of("불평/불만", "화남/분노", "안타까움/실망", "짜증", "어이없음", "서러움"), first.labels());
        assertEquals(Mood.ANGER, first.gold());
    }

    @Test
    void rows_quotedText_unquoted() throws IOException {
        LabelledText quoted = new KoteReader().read(KOTE, "val").rows().stream()
                .filter(r -> r.text().startsWith("저번주 일요일 지리산둘레길")).findFirst().orElseThrow();

        assertTrue(quoted.text().contains("\"강호동,은지원 코스\""), quoted.text());
        assertTrue(!quoted.text().startsWith("\"") && !quoted.text().contains("\"\""), quoted.text());
    }

    @Test
    void labelWords_eachWordOfANamedMoodOneRow_noEmotionAndMoodlessLeftOut() throws IOException {
        Dataset words = new KoteReader().labelWords(KOTE);

        assertTrue(words.rows().contains(new LabelledText("징그러움", Mood.DISGUST)), words.rows().toString());
        assertTrue(words.rows().contains(new LabelledText("역겨움", Mood.DISGUST)));
        assertTrue(words.rows().contains(new LabelledText("귀여움", Mood.JOY)), "흐뭇함(귀여움/예쁨) is split too");
        assertTrue(words.rows().contains(new LabelledText("안 내킴", Mood.FEAR)), "부담/안_내킴: _ is a space");
        assertTrue(words.rows().stream().noneMatch(r -> r.text().equals("없음") || r.text().equals("비장함")));
        assertEquals(Language.KO, words.language());
    }

    @Test
    void read_missingSplit_namesFileAndSplits() throws IOException {
        IOException e = assertThrows(IOException.class, () -> new KoteReader().read(KOTE, "train"));
        assertTrue(e.getMessage().contains("train.tsv") && e.getMessage().contains("val, test"), e.getMessage());
    }

    @Test
    void read_unknownLabelName_failsNamingIt() throws IOException {
        Path dir = copyWithLabels("0\t불평/불만\tx\n1\t행복함\ty\n");
        IOException e = assertThrows(IOException.class, () -> new KoteReader().read(dir, "val"));
        assertTrue(e.getMessage().contains("'행복함'"), e.getMessage());
    }

    @Test
    void read_labelIdOutOfRange_namesLine() throws IOException {
        Path dir = copyWithLabels("0\t불평/불만\tx\n1\t기쁨\ty\n");
        Files.writeString(dir.resolve("val.tsv"), "1\t좋다\t1\n2\t싫다\t0,7\n");
        IOException e = assertThrows(IOException.class, () -> new KoteReader().read(dir, "val"));
        assertTrue(e.getMessage().contains("val.tsv:2") && e.getMessage().contains("7"), e.getMessage());
    }

    private Path copyWithLabels(String rows) throws IOException {
        Path dir = temp.resolve("kote");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("labels.tsv"), "id\tlabel_ko\tgloss_en_unofficial\n" + rows);
        Files.writeString(dir.resolve("val.tsv"), "1\t좋다\t1\n");
        return dir;
    }
}
