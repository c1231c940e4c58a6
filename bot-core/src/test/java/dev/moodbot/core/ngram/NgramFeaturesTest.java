package dev.moodbot.core.ngram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramFeaturesTest {
    private static final NgramFeatureSpec SPEC = new NgramFeatureSpec(1 << 18, 1, 3, 2, 4, true, true);
    private final NgramFeatures features = new NgramFeatures(SPEC);

    @Test
    void decompose_syllables_leadVowelTailJamo() {
        int[] jamo = HangulJamo.decompose("한a글".codePoints().toArray());
        // 한 = ᄒ ᅡ ᆫ, 글 = ᄀ ᅳ ᆯ; Latin passes through.
        assertArrayEquals(new int[] {0x1112, 0x1161, 0x11AB, 'a', 0x1100, 0x1173, 0x11AF}, jamo);
        assertArrayEquals("ㅋㅋ".codePoints().toArray(), HangulJamo.decompose("ㅋㅋ".codePoints().toArray()));
    }

    @Test
    void extract_sameText_sameSortedNormalisedVector() {
        SparseVector a = features.extract("너무 슬퍼서 눈물이 나요 ㅠㅠ");
        SparseVector b = new NgramFeatures(SPEC).extract("너무 슬퍼서 눈물이 나요 ㅠㅠ");
        assertArrayEquals(a.indices(), b.indices());
        assertArrayEquals(a.values(), b.values());
        for (int i = 1; i < a.size(); i++) {
            assertTrue(a.indices()[i] > a.indices()[i - 1]);
        }
        double norm = 0;
        for (float v : a.values()) {
            norm += v * v;
        }
        assertEquals(1, norm, 1e-5);
    }

    @Test
    void extract_hashes_stableAcrossRuns() {
        // Pinned: a model file trained once must read the same features on every JVM.
        assertArrayEquals(new int[] {12_981, 23_346, 33_219, 34_622, 43_942, 50_578},
                Arrays.copyOf(features.extract("ㅋㅋ").indices(), 6));
    }

    @Test
    void extract_laughterOfAnyLength_sameFeatures() {
        assertArrayEquals(features.extract("좋아 ㅋㅋㅋ").indices(), features.extract("좋아 ㅋㅋㅋㅋㅋㅋㅋㅋ").indices());
    }

    @Test
    void extract_inflectedForms_shareJamoFeatures() {
        SparseVector a = features.extract("짜증나");
        SparseVector b = features.extract("짜증났어");
        long shared = Arrays.stream(a.indices()).filter(i -> Arrays.binarySearch(b.indices(), i) >= 0).count();
        assertTrue(shared >= a.size() / 2, shared + " of " + a.size());
    }

    @Test
    void extract_marksOff_fewerFeatures() {
        NgramFeatures noMarks = new NgramFeatures(new NgramFeatureSpec(1 << 18, 1, 3, 2, 4, true, false));
        assertTrue(noMarks.extract("좋아요 ^^").size() < features.extract("좋아요 ^^").size());
    }

    @Test
    void morphemes_inflectedAdjective_stemAndEnding() {
        List<String> m = KoreanMorphemes.of("역겨워요");
        assertTrue(m.contains("역겹"), m.toString());
    }

    @Test
    void extract_morphemesOn_moreFeaturesSharedByInflectedForms() {
        NgramFeatures withMorphemes = new NgramFeatures(new NgramFeatureSpec(1 << 18, 1, 3, 2, 4, true, true, true));
        SparseVector a = withMorphemes.extract("무서워요");
        assertTrue(a.size() > features.extract("무서워요").size());
        SparseVector b = withMorphemes.extract("무서웠어");
        long shared = Arrays.stream(a.indices()).filter(i -> Arrays.binarySearch(b.indices(), i) >= 0).count();
        long sharedWithout = Arrays.stream(features.extract("무서워요").indices())
                .filter(i -> Arrays.binarySearch(features.extract("무서웠어").indices(), i) >= 0).count();
        assertTrue(shared > sharedWithout, shared + " vs " + sharedWithout);
    }
}
