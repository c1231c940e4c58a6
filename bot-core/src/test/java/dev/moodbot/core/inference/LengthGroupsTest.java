package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

        // Padding 5..9 to 9 costs less than three more calls; a short text padded to 100 would cost far more.
        assertArrayEquals(new int[] {1, 4, 2, 5}, groups.get(0));
        assertEquals(Set.of(0, 3, 6), groups.stream().skip(1).flatMapToInt(Arrays::stream).boxed()
                .collect(Collectors.toSet()));
    }

    @Test
    void of_lengthsOneApart_fewGroupsNotOnePerLength() {
        List<TokenizedText> texts = new ArrayList<>();
        for (int length = 10; length < 30; length++) {
            texts.add(ofLength(length));
        }

        List<int[]> groups = LengthGroups.of(texts, 32);

        assertTrue(groups.size() <= 5, groups.size() + " groups");
        assertEquals(20, groups.stream().mapToInt(g -> g.length).sum());
    }

    @Test
    void of_noTexts_noGroups() {
        assertEquals(List.of(), LengthGroups.of(List.of(), 32));
    }

    @Test
    void of_manyEqualLengths_cutsAtMaxGroup() {
        List<TokenizedText> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add(ofLength(20));
        }

        List<int[]> groups = LengthGroups.of(texts, 32);

        assertEquals(3, groups.size());
        assertTrue(groups.stream().allMatch(g -> g.length <= 32));
        assertTrue(groups.stream().flatMapToInt(Arrays::stream).distinct().count() == 70);
    }
}
