package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthGroupsTest {

    private static TokenizedText ofLength(int n) {
        return new TokenizedText(new long[n], new long[n], false);
    }

    @Test
    void of_mixedLengths_groupsShortWithShortAndCoversEveryIndexOnce() {
        List<TokenizedText> texts = new ArrayList<>();
        for (int length : new int[] {100, 5, 7, 120, 6, 9, 110}) {
            texts.add(ofLength(length));
        }

        List<int[]> groups = LengthGroups.of(texts, 32);

        assertEquals(2, groups.size());
        assertArrayEquals(new int[] {1, 4, 2, 5}, groups.get(0));
        assertArrayEquals(new int[] {0, 6, 3}, groups.get(1));
    }

    @Test
    void of_manyEqualLengths_cutsAtMaxGroup() {
        List<TokenizedText> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add(ofLength(20));
        }

        List<int[]> groups = LengthGroups.of(texts, 32);

        assertEquals(List.of(32, 32, 6), groups.stream().map(g -> g.length).toList());
        assertTrue(groups.stream().flatMapToInt(Arrays::stream).distinct().count() == 70);
    }
}
