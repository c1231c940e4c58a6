package dev.moodbot.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NsmcReaderTest {
    @TempDir
    Path dir;

    private final NsmcReader reader = new NsmcReader();

    @Test
    void read_splitsByMovie_everyReviewOfAMovieOnOneSide() throws IOException {
        String heldOutMovie = IntStream.range(10000, 20000).mapToObj(String::valueOf).filter(NsmcReader::isHeldOut)
                .findFirst().orElseThrow();
        String trainMovie = IntStream.range(10000, 20000).mapToObj(String::valueOf)
                .filter(id -> !NsmcReader.isHeldOut(id)).findFirst().orElseThrow();
        write("1\t" + trainMovie + "\t10\t최고의 영화\n"
                + "2\t" + heldOutMovie + "\t1\t시간 아깝다\n"
                + "3\t" + trainMovie + "\t5\t그냥 그래요\n"
                + "4\t" + heldOutMovie + "\t8\t볼만해요\n"
                + "5\t" + trainMovie + "\t3\t \n");

        assertEquals(List.of(new NsmcReader.Review("최고의 영화", 5), new NsmcReader.Review("그냥 그래요", 3)),
                reader.read(dir, NsmcReader.TRAIN), "ratings 1-2 are one star ... 9-10 five; blank texts are left out");
        assertEquals(List.of(new NsmcReader.Review("시간 아깝다", 1), new NsmcReader.Review("볼만해요", 4)),
                reader.read(dir, NsmcReader.HELD_OUT));
    }

    @Test
    void isHeldOut_aboutOneMovieInFourteen() {
        long held = IntStream.range(0, 14_000).mapToObj(String::valueOf).filter(NsmcReader::isHeldOut).count();
        assertTrue(held > 850 && held < 1150, held + " of 14,000");
    }

    @Test
    void read_badRatingOrSplit_namesTheLineOrTheSplits() throws IOException {
        write("1\t10001\t11\t좋아요\n");
        IOException e = assertThrows(IOException.class, () -> reader.read(dir, NsmcReader.TRAIN));
        assertTrue(e.getMessage().endsWith(":1: rating 11 is not 1-10"), e.getMessage());
        IOException split = assertThrows(IOException.class, () -> reader.read(dir, "test"));
        assertTrue(split.getMessage().contains("'train' and 'heldout'"), split.getMessage());
    }

    private void write(String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(NsmcReader.FILE)))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(reader.accepts(dir));
    }
}
