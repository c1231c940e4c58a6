package dev.moodbot.models.train;

import dev.moodbot.core.inference.SentenceEncoder;
import dev.moodbot.models.LabelledText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encoder outputs for a list of texts, kept in a file named by a hash of the encoder and the texts: encoding tens of
 * thousands of texts takes minutes, training a head on them seconds, so trying settings should not re-encode.
 */
final class FeatureCache {
    private static final Logger LOG = LoggerFactory.getLogger(FeatureCache.class);
    private static final int CHUNK = 256;

    private final SentenceEncoder encoder;
    private final String encoderKey;
    private final Path dir;

    FeatureCache(SentenceEncoder encoder, String encoderKey, Path dir) {
        this.encoder = encoder;
        this.encoderKey = encoderKey;
        this.dir = dir;
    }

    float[][] features(String name, List<LabelledText> rows) throws IOException {
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + key(rows) + ".f32");
        if (Files.exists(file)) {
            LOG.info("reading cached features {}", file);
            return read(file, rows.size());
        }
        List<String> texts = rows.stream().map(LabelledText::text).toList();
        float[][] features = new float[texts.size()][];
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += CHUNK) {
            List<float[]> out = encoder.encode(texts.subList(from, Math.min(texts.size(), from + CHUNK)));
            for (int i = 0; i < out.size(); i++) {
                features[from + i] = out.get(i);
            }
            if ((from / CHUNK) % 20 == 0) {
                LOG.info("{}: encoded {}/{} in {} s", name, from + out.size(), texts.size(),
                        (System.nanoTime() - start) / 1_000_000_000);
            }
        }
        write(file, features);
        return features;
    }

    private String key(List<LabelledText> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoderKey.getBytes(StandardCharsets.UTF_8));
            for (LabelledText row : rows) {
                sha.update(row.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void write(Path file, float[][] features) throws IOException {
        Files.createDirectories(file.getParent());
        int width = features.length == 0 ? 0 : features[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(4 + features.length * width * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(width);
        for (float[] row : features) {
            buffer.asFloatBuffer().put(row);
            buffer.position(buffer.position() + width * 4);
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.write(part, buffer.array());
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static float[][] read(Path file, int rows) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int width = buffer.getInt();
        float[][] features = new float[rows][width];
        for (float[] row : features) {
            buffer.asFloatBuffer().get(row);
            buffer.position(buffer.position() + width * 4);
        }
        return features;
    }
}
