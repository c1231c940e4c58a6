package dev.moodbot.models.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Picks the reader for a path from a list of readers, first match wins. */
public final class Datasets {
    private final List<DatasetReader> readers;

    public Datasets(List<DatasetReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** GoEmotions and KOTE folders and {@code text<TAB>mood} files. */
    public static Datasets standard() {
        return new Datasets(List.of(new GoEmotionsReader(), new KoteReader(), new MoodTsvReader()));
    }

    public Dataset read(Path path, String split) throws IOException {
        for (DatasetReader reader : readers) {
            if (reader.accepts(path)) {
                return reader.read(path, split);
            }
        }
        throw new IOException(path + " is neither a GoEmotions folder (emotions.txt, ekman_mapping.json, "
                + "<split>.tsv), nor a KOTE folder (labels.tsv, <split>.tsv), nor a text<TAB>mood file");
    }
}
