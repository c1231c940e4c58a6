package dev.moodbot.core.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a batch into groups of similar token length, so that padding each group to its longest text wastes little:
 * padding a whole batch to its longest message can more than double the tokens computed.
 */
final class LengthGroups {
    private LengthGroups() {}

    /**
     * Indices into {@code texts}, shortest first, cut into groups of at most {@code maxGroup} whose longest text
     * is at most a quarter (and at least 8 tokens) longer than their shortest.
     */
    static List<int[]> of(List<TokenizedText> texts, int maxGroup) {
        int[] order = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).length()))
                .mapToInt(Integer::intValue).toArray();
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= order.length; i++) {
            boolean end = i == order.length || i - start == maxGroup
                    || texts.get(order[i]).length() - texts.get(order[start]).length() > slack(texts.get(order[start]));
            if (end) {
                int[] group = new int[i - start];
                System.arraycopy(order, start, group, 0, group.length);
                groups.add(group);
                start = i;
            }
        }
        return groups;
    }

    private static int slack(TokenizedText shortest) {
        return Math.max(8, shortest.length() / 4);
    }
}
