package dev.moodbot.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * Removes what ONNX Runtime leaves in the temp folder: each start makes an {@code onnxruntime-java*} folder for its
 * libraries, and its provider library there is only marked for deletion on exit, after which the folder stays behind
 * empty. Only folders of that name made since this process started and holding nothing but ONNX Runtime's libraries
 * are removed (the libraries are loaded already; on Linux removing a loaded library's file is safe).
 */
final class TempLeftovers {
    private static final String ORT_PREFIX = "onnxruntime-java";

    private final Path tempDir;
    private final Instant since;

    TempLeftovers(Path tempDir, Instant since) {
        this.tempDir = tempDir;
        this.since = since;
    }

    static TempLeftovers ofThisProcess() {
        return new TempLeftovers(Path.of(System.getProperty("java.io.tmpdir")),
                ProcessHandle.current().info().startInstant().orElse(Instant.now()));
    }

    /** Removes the leftovers now; failures are ignored, since this runs on the way out. */
    void remove() {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tempDir, ORT_PREFIX + "*")) {
            for (Path folder : folders) {
                BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
                if (attributes.isDirectory() && !attributes.creationTime().toInstant().isBefore(since)
                        && onlyOrtLibraries(folder)) {
                    try (DirectoryStream<Path> libraries = Files.newDirectoryStream(folder)) {
                        for (Path library : libraries) {
                            Files.deleteIfExists(library);
                        }
                    }
                    Files.deleteIfExists(folder);
                }
            }
        } catch (IOException e) {
            // Nothing to tell the user on exit; the folder is empty and harmless.
        }
    }

    private static boolean onlyOrtLibraries(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith("libonnxruntime") || !Files.isRegularFile(entry)) {
                    return false;
                }
            }
            return true;
        }
    }
}
