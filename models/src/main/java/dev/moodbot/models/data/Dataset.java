package dev.moodbot.models.data;

import dev.moodbot.core.mood.Language;
import dev.moodbot.models.LabelledText;
import java.util.List;
import java.util.Objects;

/**
 * Rows read from one split of a dataset.
 *
 * @param name what was read, e.g. {@code goemotions/test}
 * @param rows the rows that carry exactly one mood
 * @param note how the rows were chosen, printed beside results (e.g. how many multi-label rows were left out)
 * @param language the language of its texts, which decides the models {@code eval} compares by default
 */
public record Dataset(String name, List<LabelledText> rows, String note, Language language) {
    public Dataset {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(language, "language");
    }

    /** Each row's gold mood as its ordinal, in row order: what training and scoring compare with. */
    public int[] golds() {
        return rows.stream().mapToInt(r -> r.mood().ordinal()).toArray();
    }

    /** An English dataset. */
    public Dataset(String name, List<LabelledText> rows, String note) {
        this(name, rows, note, Language.EN);
    }
}
