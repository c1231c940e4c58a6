package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code moodbot eval} on a folder shaped like NSMC's crawl: the Korean default's score against the stars. */
class EvalStarsTest {
    @TempDir
    Path dir;

    @Test
    void eval_nsmcFolder_scoreTableWithTheMoodScoreAndTheConstantAnswers() throws IOException {
        // Movie 10001 falls in the training slice, so the reviews are read with --split train.
        String reviews = "1\t10001\t10\t정말 최고의 영화, 너무 행복했어요\n"
                + "2\t10001\t1\t진짜 짜증나고 화가 나는 영화\n"
                + "3\t10001\t9\t배우들 연기 최고 감동이에요\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("reviews.tsv.gz")))) {
            out.write(reviews.getBytes(StandardCharsets.UTF_8));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new String[] {"eval", "--data", dir.toString(), "--split", "train"}, Map.of(),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));

        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("NSMC train: 3 reviews (1-5 stars: 1 0 0 0 2)"), text);
        assertTrue(text.matches("(?s).*korean-ngram: derived from its moods\\s+1\\.0000\\s+1\\.0000\\s+0\\.000.*"),
                "joy for the two praises, anger for the complaint: 5, 5, 1\n" + text);
        assertTrue(text.matches("(?s).*always 5 \\(the commonest\\)\\s+0\\.6667\\s+0\\.6667\\s+1\\.333.*"), text);
    }
}
