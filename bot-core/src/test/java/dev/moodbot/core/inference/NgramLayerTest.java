package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TF-IDF arithmetic on fixed texts, and the n-gram layer's file format. */
class NgramLayerTest {
    private static final double EPS = 1e-6;
    private final NgramFeatures features = new NgramFeatures(List.of("so", "happy", "so happy", "sad"),
            new float[] {1f, 2f, 3f, 4f});

    @Test
    void terms_text_lowerCasedWordsThenPairs() {
        // One-letter words are dropped before pairing, as scikit-learn's default token pattern does.
        assertEquals(List.of("am", "so", "happy", "am so", "so happy"), NgramFeatures.terms("I am SO happy!"));
        assertEquals(List.of("so", "so", "so so"), NgramFeatures.terms("so, so"));
    }

    @Test
    void vector_knownTerms_countTimesIdfScaledToUnitLength() {
        dev.moodbot.core.ngram.SparseVector v = features.vector("So happy, so happy");

        // counts: so 2, happy 2, "so happy" 2 ("happy so" is unknown); times idf 1, 2, 3 -> 2, 4, 6
        double norm = Math.sqrt(4 + 16 + 36);
        assertArrayEquals(new int[] {0, 1, 2}, v.indices());
        assertEquals(2 / norm, v.values()[0], EPS);
        assertEquals(4 / norm, v.values()[1], EPS);
        assertEquals(6 / norm, v.values()[2], EPS);
    }

    @Test
    void vector_noKnownTerm_isEmpty() {
        assertEquals(0, features.vector("nothing here").indices().length);
    }

    @Test
    void logits_sparseRow_biasPlusWeightedRows() {
        NgramLayer layer = new NgramLayer(features, 2, new float[] {1, 0, 0, 1, 2, 2, -1, 5}, new float[] {0.5f, -0.5f});

        float[] z = layer.logits("sad");

        assertArrayEquals(new float[] {0.5f - 1, -0.5f + 5}, z, 1e-6f);
        assertArrayEquals(new float[] {0.5f, -0.5f}, layer.logits(""), 1e-6f);
    }

    @Test
    void write_thenRead_sameLayer() throws IOException {
        NgramLayer layer = new NgramLayer(features, 2, new float[] {1, 0, 0, 1, 2, 2, -1, 5}, new float[] {0.5f, -0.5f});
        StringWriter out = new StringWriter();
        layer.write(out);

        NgramLayer read = NgramLayer.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

        assertEquals(features.vocabulary(), read.features().vocabulary());
        assertArrayEquals(layer.weights(), read.weights(), 1e-6f);
        assertArrayEquals(layer.bias(), read.bias(), 1e-6f);
        assertArrayEquals(layer.logits("so happy"), read.logits("so happy"), 1e-5f);
    }

    @Test
    void read_wrongHeader_namesIt() {
        IOException e = assertThrows(IOException.class,
                () -> NgramLayer.read(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(true, e.getMessage().contains("hello"), e.getMessage());
    }
}
