package dev.moodbot.core.inference;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A model folder's files, opened by name, whether the folder is on disk or inside moodbot's jar. */
public interface ModelFiles {

    /** The named file, or {@code null} when the folder has no such file. */
    InputStream open(String name) throws IOException;

    /** Where the named file is, or {@code null} when the folder has no such file. */
    URL url(String name) throws IOException;

    default InputStream require(String name) throws IOException {
        InputStream in = open(name);
        if (in == null) {
            throw new NoSuchFileException(this + "/" + name);
        }
        return in;
    }

    /** A folder on disk. */
    static ModelFiles folder(Path dir) {
        return new ModelFiles() {
            @Override
            public InputStream open(String name) throws IOException {
                Path file = dir.resolve(name);
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }

            @Override
            public URL url(String name) throws IOException {
                Path file = dir.resolve(name);
                return Files.isRegularFile(file) ? file.toUri().toURL() : null;
            }

            @Override
            public String toString() {
                return dir.toString();
            }
        };
    }

    /** @param dir a classpath folder such as {@code /moodbot/models/minilm-emotion} */
    static ModelFiles classpath(String dir) {
        return new ModelFiles() {
            @Override
            public InputStream open(String name) {
                return ModelFiles.class.getResourceAsStream(dir + "/" + name);
            }

            @Override
            public URL url(String name) {
                return ModelFiles.class.getResource(dir + "/" + name);
            }

            @Override
            public String toString() {
                return "classpath:" + dir;
            }
        };
    }
}
