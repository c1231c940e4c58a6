package dev.moodbot.discord;

import dev.moodbot.core.history.HistoryAction;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.reply.ReplyText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The commands moodbot offers: {@code /mood} and the message menu's "Mood of this message". */
final class MoodCommands {
    static final String MOOD = "mood";
    static final String TEXT = "text";
    static final String VOICE = "voice";
    static final String PRIVATE = "private";
    /** Mood history, as a choice rather than subcommands: Discord allows no options beside subcommands. */
    static final String HISTORY = "history";
    static final String MESSAGE_MOOD = ReplyText.in(Language.EN).messageCommandName();

    private static final ReplyText EN = ReplyText.in(Language.EN);
    private static final ReplyText KO = ReplyText.in(Language.KO);
    private static final Map<HistoryAction, String> CHOICE_NAMES = Map.of(
            HistoryAction.SHOW, "show my last 30 days", HistoryAction.ON, "on: keep my moods",
            HistoryAction.OFF, "off: stop keeping them", HistoryAction.FORGET, "forget: delete everything");

    private MoodCommands() {}

    /** Whether the {@code history} option offers {@code action}; the forget answers come from buttons only. */
    static boolean offers(HistoryAction action) {
        return CHOICE_NAMES.containsKey(action);
    }

    /** Every field is set explicitly, so what Discord hands back compares equal to what was registered. */
    static List<CommandData> definitions() {
        CommandData mood = Commands.slash(MOOD, EN.moodCommandDescription())
                .setNameLocalization(DiscordLocale.KOREAN, "기분")
                .setDescriptionLocalization(DiscordLocale.KOREAN, KO.moodCommandDescription())
                .addOptions(
                        option(OptionType.STRING, TEXT, "문장", EN.textOptionDescription(), KO.textOptionDescription()),
                        option(OptionType.ATTACHMENT, VOICE, "음성", EN.voiceOptionDescription(),
                                KO.voiceOptionDescription()),
                        option(OptionType.BOOLEAN, PRIVATE, "비공개", EN.privateOptionDescription(),
                                KO.privateOptionDescription()),
                        historyOption())
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        CommandData messageMood = Commands.message(MESSAGE_MOOD)
                .setNameLocalization(DiscordLocale.KOREAN, KO.messageCommandName())
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        return List.of(mood, messageMood);
    }

    /** The choices' values are {@link HistoryAction} names; only the asker sees the answer. */
    private static OptionData historyOption() {
        OptionData history = option(OptionType.STRING, HISTORY, "기록",
                "Your mood history: show it, turn it on or off, or delete it (only you see the answer)",
                "내 기분 기록: 보기, 켜기, 끄기, 삭제 (나만 볼 수 있어요)");
        // FORGET_CONFIRMED is the confirm button's, never a choice: typing forget must only ask.
        for (HistoryAction action : CHOICE_NAMES.keySet().stream().sorted().toList()) {
            history.addChoice(CHOICE_NAMES.get(action), action.name().toLowerCase(Locale.ROOT));
        }
        return history;
    }

    private static OptionData option(OptionType type, String name, String koreanName, String description,
            String koreanDescription) {
        return new OptionData(type, name, description, false)
                .setNameLocalization(DiscordLocale.KOREAN, koreanName)
                .setDescriptionLocalization(DiscordLocale.KOREAN, koreanDescription);
    }
}
