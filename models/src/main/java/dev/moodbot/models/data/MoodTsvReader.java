package dev.moodbot.models.data;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.models.LabelledText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain {@code text<TAB>mood} file, mood one of the seven names; blank lines and lines starting with {@code #}
 * are skipped. Any other line is an error naming its number, so a typo does not silently shrink the data.
 */
public final class MoodTsvReader implements DatasetReader {

    @Override
    public boolean accepts(Path path) {
        return Files.isRegularFile(path);
    }

    @Override
    public Dataset read(Path path, String split) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IOException(path + ":" + (i + 1) + ": expected text<TAB>mood");
            }
            String moodName = line.substring(tab + 1);
            int lineNumber = i + 1;
            Mood mood = Mood.fromKey(moodName).orElseThrow(() -> new IOException(path + ":" + lineNumber + ": '"
                    + moodName + "' is not one of joy, sadness, anger, fear, surprise, disgust, neutral"));
            rows.add(new LabelledText(line.substring(0, tab), mood));
        }
        return new Dataset(path.getFileName().toString(), rows, "all " + rows.size() + " rows");
    }
}
