package dev.moodbot.models.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * NSMC's raw crawl as kept in {@code nsmc/reviews.tsv.gz}: {@code review id<TAB>movie id<TAB>rating 1-10<TAB>text},
 * no header, 712k native Korean movie reviews. The published 200k balanced splits are not here, so the split is
 * cut here, by movie: every review of one movie in {@value #HELD_OUT_SHARE_DENOMINATOR} (by a fixed hash of its
 * id) is {@code heldout}, the rest {@code train}. Cutting by movie keeps a film's names and plot words from
 * teaching the held-out reviews of the same film. Ratings become stars the way the site draws them: 1-2 is one
 * star, ..., 9-10 five.
 */
public final class NsmcReader {
    public static final String FILE = "reviews.tsv.gz";
    public static final String TRAIN = "train";
    public static final String HELD_OUT = "heldout";
    static final int HELD_OUT_SHARE_DENOMINATOR = 14;

    /** One review: its text and its 1–5 stars. */
    public record Review(String text, int stars) {
        public Review {
            if (stars < 1 || stars > 5) {
                throw new IllegalArgumentException("stars must be 1-5: " + stars);
            }
        }
    }

    /** Whether {@code path} is a folder holding {@value #FILE}. */
    public boolean accepts(Path path) {
        return Files.isRegularFile(path.resolve(FILE));
    }

    /** The reviews of {@code split} ({@value #TRAIN} or {@value #HELD_OUT}) that have text, in file order. */
    public List<Review> read(Path dir, String split) throws IOException {
        if (!split.equals(TRAIN) && !split.equals(HELD_OUT)) {
            throw new IOException("NSMC splits are '" + TRAIN + "' and '" + HELD_OUT + "' (cut by movie here), not '"
                    + split + "'");
        }
        boolean heldOut = split.equals(HELD_OUT);
        Path file = dir.resolve(FILE);
        List<Review> reviews = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IOException(file + ":" + n + ": expected review id<TAB>movie id<TAB>rating<TAB>text, got "
                            + cols.length + " columns");
                }
                if (cols[3].isBlank() || isHeldOut(cols[1]) != heldOut) {
                    continue;
                }
                reviews.add(new Review(cols[3], stars(file, n, cols[2])));
            }
        }
        return reviews;
    }

    /** A fixed mix of the movie id (not {@code String.hashCode}, whose low bits follow the last digit). */
    static boolean isHeldOut(String movieId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < movieId.length(); i++) {
            h = (h ^ movieId.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return Math.floorMod(h, HELD_OUT_SHARE_DENOMINATOR) == 0;
    }

    private static int stars(Path file, int line, String rating) throws IOException {
        try {
            int r = Integer.parseInt(rating.strip());
            if (r < 1 || r > 10) {
                throw new IOException(file + ":" + line + ": rating " + r + " is not 1-10");
            }
            return (r + 1) / 2;
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + line + ": rating '" + rating + "' is not a number", e);
        }
    }
}
