package dev.moodbot.core.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The folders ONNX Runtime (and any library that reads files, not jar entries) loads moodbot's built-in models from:
 * {@code <cache>/models/<name>/<key>/}. The key names the content: a digest of the jar entries' CRC-32s and sizes,
 * read from the jar's index, so a start with the folder in place reads and copies nothing. Writing a new version
 * removes the older ones, and the folders of moodbot versions before this layout.
 *
 * <p>A distribution ships the same folders ready-made under the {@value #MODELS_DIR} system property
 * ({@code <dist>/models}); a folder found there is used as it is and nothing is written at all.
 */
public final class ModelCache {
    /** System property: a read-only folder of ready-made {@code <name>/<key>/} folders, consulted first. */
    public static final String MODELS_DIR = "moodbot.modelsDir";
    /**
     * The folder names earlier versions used directly under the cache root: {@code <sha256 prefix>},
     * {@code <name>-<sha256 prefix>}, {@code vosk-model-en-us-<uuid>}.
     */
    private static final Pattern LEGACY =
            Pattern.compile("([a-z0-9.-]+-)?[0-9a-f]{32}|vosk-model-en-us-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    /** Fills a new, empty folder with a model's files. */
    @FunctionalInterface
    public interface Writer {
        void write(Path folder) throws IOException;
    }

    private final Path cacheRoot;
    private final Optional<Path> prebuilt;

    public ModelCache(Path cacheRoot, Optional<Path> prebuilt) {
        this.cacheRoot = cacheRoot;
        this.prebuilt = prebuilt;
    }

    /** Under {@code cacheRoot}, with the distribution's folders from {@value #MODELS_DIR} when it is set. */
    public static ModelCache at(Path cacheRoot) {
        return new ModelCache(cacheRoot, Optional.ofNullable(System.getProperty(MODELS_DIR)).map(Path::of));
    }

    /** The complete folder for {@code name} at {@code key}, written by {@code writer} unless it exists already. */
    public Path folder(String name, String key, Writer writer) {
        if (prebuilt.isPresent() && Files.isDirectory(prebuilt.get().resolve(name).resolve(key))) {
            return prebuilt.get().resolve(name).resolve(key);
        }
        Path versions = cacheRoot.resolve("models").resolve(name);
        Path folder = versions.resolve(key);
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(versions);
                // Written aside and renamed into place: a folder under its key is always complete.
                Path part = Files.createTempDirectory(versions, "." + key + "-");
                try {
                    writer.write(part);
                    Files.move(part, folder, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileSystemException e) {
                    if (!Files.isDirectory(folder)) {
                        throw e;
                    }
                    // Another process renamed the same content into place first.
                } finally {
                    deleteTree(part);
                }
            }
            removeAllBut(versions, key);
            removeLegacy();
            return folder;
        } catch (IOException | UncheckedIOException e) {
            throw new ModelLoadException("cannot unpack the model '" + name + "' into " + versions + ": "
                    + e.getMessage(), e);
        }
    }

    /** A content key for classpath resources, from the jar's index when they are in a jar (nothing is read). */
    public static String key(List<URL> resources) {
        StringBuilder fingerprints = new StringBuilder();
        for (URL resource : resources) {
            fingerprints.append(fingerprint(resource)).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(fingerprints.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String fingerprint(URL resource) {
        try {
            URLConnection connection = resource.openConnection();
            if (connection instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                return Long.toHexString(entry.getCrc()) + ":" + entry.getSize();
            }
            // A classpath folder (tests, an IDE): read the file once.
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = connection.getInputStream()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; size += n) {
                    crc.update(buffer, 0, n);
                }
            }
            return Long.toHexString(crc.getValue()) + ":" + size;
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static void removeAllBut(Path versions, String key) throws IOException {
        try (Stream<Path> entries = Files.list(versions)) {
            for (Path old : entries.toList()) {
                String name = old.getFileName().toString();
                // ".<key>-…" folders are other processes' unfinished writes; leave them unless abandoned.
                boolean unfinished = name.startsWith(".");
                if (!name.equals(key) && (!unfinished || olderThanADay(old))) {
                    deleteTree(old);
                }
            }
        }
    }

    private void removeLegacy() throws IOException {
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            for (Path old : entries.filter(p -> LEGACY.matcher(p.getFileName().toString()).matches()).toList()) {
                deleteTree(old);
            }
        }
    }

    private static boolean olderThanADay(Path path) throws IOException {
        return Files.getLastModifiedTime(path).toMillis() < System.currentTimeMillis() - 86_400_000L;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
