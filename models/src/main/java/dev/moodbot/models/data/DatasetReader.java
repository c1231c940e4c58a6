package dev.moodbot.models.data;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one dataset format. */
public interface DatasetReader {

    /** Whether {@code path} looks like this reader's format. */
    boolean accepts(Path path);

    /**
     * @param split which split to read where the format has several (e.g. {@code train}, {@code dev},
     *     {@code test}); ignored by single-file formats
     */
    Dataset read(Path path, String split) throws IOException;
}
