package dev.moodbot.core.speech;

import dev.moodbot.core.inference.ModelCache;
import dev.moodbot.core.inference.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The English Vosk model that ships inside moodbot's jar as the classpath folder {@link #RESOURCE}. Vosk reads a model
 * from a folder on disk, so it is unpacked once into the {@link ModelCache} folder
 * {@code <cache>/models/vosk-model-en-us/<uuid>/} (the distribution ships that folder ready-made). The model's own
 * {@code uuid} file names the content, so a start reads 36 bytes to know the unpacked copy is current, and a new
 * model replaces the old copy instead of piling up beside it.
 */
final class EmbeddedSpeechModel {
    static final String RESOURCE = "moodbot/stt/model-en-us";
    static final String ID = "vosk-model-small-en-us-0.15";
    static final String NAME = "vosk-model-en-us";
    private static final Pattern UUID = Pattern.compile("[0-9a-f-]{36}");

    private EmbeddedSpeechModel() {}

    /** The unpacked model folder, unpacking it first when this cache has no complete copy. */
    static Path unpack(Path cacheRoot) {
        URL uuidFile = EmbeddedSpeechModel.class.getClassLoader().getResource(RESOURCE + "/uuid");
        if (uuidFile == null) {
            throw new SpeechModelException("the embedded speech model is not on the classpath (" + RESOURCE
                    + "); set model.stt to a Vosk model folder, or to none");
        }
        try {
            String uuid = read(uuidFile);
            if (!UUID.matcher(uuid).matches()) {
                throw new SpeechModelException("the embedded speech model's uuid file is malformed: '" + uuid + "'");
            }
            return ModelCache.at(cacheRoot).folder(NAME, uuid, folder -> copyTree(uuidFile, folder));
        } catch (IOException | ModelLoadException e) {
            throw new SpeechModelException("cannot unpack the embedded speech model into " + cacheRoot + ": " + e, e);
        }
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    private static void copyTree(URL uuidFile, Path target) throws IOException {
        try {
            if (uuidFile.getProtocol().equals("jar")) {
                Path jar = Path.of(((JarURLConnection) uuidFile.openConnection()).getJarFileURL().toURI());
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    copyFolder(zip.getPath(RESOURCE), target);
                }
            } else {
                copyFolder(Path.of(uuidFile.toURI()).getParent(), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException("bad location of the speech model: " + uuidFile, e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
