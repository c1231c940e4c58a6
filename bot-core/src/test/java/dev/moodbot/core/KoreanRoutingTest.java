package dev.moodbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.reply.ReplyText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing by script through the whole bot: the tiny star model stands in for the main model, the shipped
 * {@code builtin:korean-ngram} reads Korean.
 */
class KoreanRoutingTest {
    private static final UserRef USER = new UserRef("test", "u1");
    private static final Path TINY = Path.of(System.getProperty("moodbot.root", ".."), "models/fixtures/tiny-bert-stars")
            .toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private static CoreConfig config(String text, String korean) {
        CoreConfig d = CoreConfig.defaults();
        return new CoreConfig(new ModelConfig(text, korean, ModelConfig.NONE, 0.0, ModelConfig.NONE,
                ModelConfig.DEFAULT_AUDIO_WEIGHT), d.inference(), d.rateLimit(),
                d.voice(), d.music());
    }

    private static MoodReport answer(MoodBot bot, String text) throws Exception {
        MoodReply reply = bot.handle(MoodRequest.text(USER, text)).get(60, TimeUnit.SECONDS);
        return assertInstanceOf(MoodReply.Answered.class, reply, reply.toString()).report();
    }

    @Test
    void handle_koreanAndEnglish_eachGoesToItsModel() throws Exception {
        try (MoodBot bot = MoodBot.start(config(TINY.toString(), "builtin:korean-ngram"))) {
            MoodReport korean = answer(bot, "너무 슬퍼서 눈물이 나요 ㅠㅠ");
            MoodReport english = answer(bot, "what a lovely day");
            MoodReport mixed = answer(bot, "오늘 meeting was so long 짜증나");

            assertEquals("korean-ngram", korean.model());
            assertEquals(Language.KO, korean.language());
            assertEquals(Mood.SADNESS, korean.mood());
            assertEquals("tiny-bert-stars", english.model());
            assertEquals(Language.EN, english.language());
            assertEquals("korean-ngram+tiny-bert-stars", mixed.model());
            assertTrue(ReplyText.in(korean.language()).headline(korean).contains("슬픔"));
        }
    }

    @Test
    void handle_koreanModelNone_koreanGoesToTheMainModel() throws Exception {
        try (MoodBot bot = MoodBot.start(config(TINY.toString(), ModelConfig.NONE))) {
            assertEquals("tiny-bert-stars", answer(bot, "오늘 정말 행복해요").model());
        }
    }

    @Test
    void handle_mainModelDeclaresKorean_replacesRouting() throws Exception {
        Path multilingual = tinyWithManifest("multilingual-stars", "languages: [en, ko]\n");

        try (MoodBot bot = MoodBot.start(config(multilingual.toString(), "builtin:korean-ngram"))) {
            MoodReport korean = answer(bot, "오늘 정말 행복해요");

            assertEquals("multilingual-stars", korean.model());
            assertEquals(Language.KO, korean.language());
        }
    }

    @Test
    void handle_badLanguageInManifest_configErrorNamesIt() throws IOException {
        Path folder = tinyWithManifest("bad", "languages: [klingon]\n");

        var e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> MoodBot.start(config(folder.toString(), ModelConfig.NONE)).close());
        assertTrue(e.getMessage().contains("'klingon'"), e.getMessage());
    }

    /** A copy of the tiny model's export with the given {@code moodbot-model.yaml}. */
    private Path tinyWithManifest(String name, String manifest) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        for (String file : new String[] {"model.onnx", "tokenizer.json", "config.json"}) {
            Files.copy(TINY.resolve(file), folder.resolve(file));
        }
        Files.writeString(folder.resolve("moodbot-model.yaml"), manifest);
        return folder;
    }
}
