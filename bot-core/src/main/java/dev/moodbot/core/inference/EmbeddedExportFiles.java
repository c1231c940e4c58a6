package dev.moodbot.core.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A built-in text-classification export fine-tuned from an embedded encoder, whose word-embedding table (half the
 * encoder's bytes) is not stored in moodbot: its {@code model.onnx} reads that table as ONNX external data, a byte
 * range of the encoder's own ONNX file in the langchain4j jar. {@link #MANIFEST} names the encoder and the SHA-256
 * of that file, since the byte range is only right for that one file.
 *
 * <p>The export is unpacked into a {@link ModelCache} folder with the encoder's file (under the name the external data
 * gives) and tokenizer beside it; from then on it is an ordinary export folder.
 */
final class EmbeddedExportFiles {
    static final String MANIFEST = "base-encoder.json";
    private static final String MODEL = "model.onnx";
    private static final List<String> OWN_FILES = List.of("config.json", ModelOverride.FILE);
    /** What the unpacked folder's key covers: the export's own files and the manifest that pins the encoder. */
    private static final List<String> KEYED_FILES = List.of(MODEL, "config.json", ModelOverride.FILE, MANIFEST);
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.onnx");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@link #MANIFEST} says: the embedded encoder and the file its external data points into. */
    record BaseEncoder(String encoder, String file, String sha256) {}

    private EmbeddedExportFiles() {}

    /** The manifest of the built-in folder, or {@code null} when the folder is not such an export. */
    static BaseEncoder manifest(String name, ModelFiles files) {
        try (InputStream in = files.open(MANIFEST)) {
            if (in == null) {
                return null;
            }
            JsonNode root = JSON.readTree(in);
            BaseEncoder base = new BaseEncoder(root.path("encoder").asText(), root.path("file").asText(),
                    root.path("sha256").asText());
            if (!FILE_NAME.matcher(base.file()).matches() || base.sha256().length() != 64) {
                throw new ModelLoadException("built-in model '" + name + "': " + MANIFEST + " needs encoder, file "
                        + "(NAME.onnx) and sha256 (64 hex digits); got " + root);
            }
            return base;
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + MANIFEST + " of built-in model '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    /** The unpacked export folder: {@code model.onnx}, {@code tokenizer.json}, {@code config.json} and the rest. */
    static Path unpack(String name, ModelFiles files, BaseEncoder base, Path cacheRoot) {
        Path encoderDir = EmbeddedEncoderFiles.extract(base.encoder(), cacheRoot);
        String encoderSha256 = EmbeddedEncoderFiles.sha256(encoderDir);
        if (!base.sha256().equals(encoderSha256)) {
            throw new ModelLoadException("built-in model '" + name + "' was exported from another version of the "
                    + "embedded encoder " + base.encoder() + " (sha256 " + base.sha256() + ", this jar's is "
                    + encoderSha256 + "); rerun models/scripts/export_finetuned.py on this jar's file");
        }
        List<URL> sources = new ArrayList<>();
        try {
            for (String file : KEYED_FILES) {
                URL url = files.url(file);
                if (url != null) {
                    sources.add(url);
                }
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read built-in model '" + name + "': " + e.getMessage(), e);
        }
        return ModelCache.at(cacheRoot).folder(name, ModelCache.key(sources), dir -> {
            for (String own : OWN_FILES) {
                InputStream in = files.open(own);
                if (in != null) {
                    EmbeddedEncoderFiles.copyHashing(in, dir.resolve(own));
                }
            }
            EmbeddedEncoderFiles.copyHashing(Files.newInputStream(encoderDir.resolve(EmbeddedEncoderFiles.TOKENIZER)),
                    dir.resolve(EmbeddedEncoderFiles.TOKENIZER));
            link(encoderDir.resolve(EmbeddedEncoderFiles.MODEL_NAME + ".onnx"), dir.resolve(base.file()));
            EmbeddedEncoderFiles.copyHashing(files.require(MODEL), dir.resolve(MODEL));
        });
    }

    /** A hard link where the file system allows one (the encoder is 23 MB), else a copy. */
    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (FileAlreadyExistsException e) {
            // Another process made it; both point at the same content.
        } catch (UnsupportedOperationException | IOException e) {
            EmbeddedEncoderFiles.copyHashing(Files.newInputStream(existing), link);
        }
    }
}
