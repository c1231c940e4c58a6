package dev.moodbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.Secret;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.history.Correction;
import dev.moodbot.core.history.HistoryStore;
import dev.moodbot.core.history.MoodHistory;
import dev.moodbot.core.history.UserKey;
import dev.moodbot.core.history.UserPseudonyms;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.discord.FakeDiscord.Recorded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA, logged into a loopback Discord, in front of the real MoodBot on the default model: every way a
 * user reaches moodbot on Discord, and what Discord receives back.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordMoodBotTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path VOICE_NOTE =
            Path.of(System.getProperty("moodbot.sharedData"), "audio", "voice-notes", "en_happy_discord.ogg");
    private static final int EPHEMERAL = 64;
    private static final int IS_VOICE_MESSAGE = 1 << 13;

    @TempDir
    static Path dataFolder;
    private static MoodBot moodBot;
    private static FakeDiscord discord;
    private static FakePayloads ids;
    private static DiscordMoodBot bot;
    /** When each interaction was sent, by token: the deferral latency is reported (not asserted) at the end. */
    private static final java.util.Map<String, Long> dispatchedAt = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        moodBot = MoodBot.start(CoreConfig.defaults(), Ticker.systemTicker(), HistoryStore.keeper(
                StorageConfig.defaults(), dataFolder, Optional.empty(), InstantSource.system()));
        discord = new FakeDiscord();
        ids = discord.payloads;
        bot = DiscordMoodBot.start(moodBot, settings());
        assertEquals(CommandSync.Outcome.REGISTERED, bot.commandsSynced().get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @AfterAll
    static void stop() {
        reportDeferralLatency();
        if (bot != null) {
            bot.close();
        }
        if (discord != null) {
            discord.close();
        }
        if (moodBot != null) {
            moodBot.close();
        }
    }

    private static void reportDeferralLatency() {
        java.util.LongSummaryStatistics millis = dispatchedAt.entrySet().stream()
                .flatMap(sent -> discord.calls(callback(sent.getKey())).stream()
                        .map(deferred -> (deferred.nanoTime() - sent.getValue()) / 1_000_000))
                .mapToLong(Long::longValue).summaryStatistics();
        System.out.println("deferral latency over " + millis.getCount() + " interactions: max " + millis.getMax()
                + " ms, mean " + Math.round(millis.getAverage()) + " ms");
        dispatchedAt.forEach((token, sent) -> discord.calls(callback(token)).forEach(deferred ->
                System.out.println("  " + token + " " + (deferred.nanoTime() - sent) / 1_000_000 + " ms")));
    }

    private static DiscordSettings settings() {
        return new DiscordSettings(Secret.of(FakeDiscord.TOKEN), discord.apiUrl(), discord.gatewayUrl(),
                OptionalLong.empty());
    }

    @Test
    void start_loggedIn_identifiesWithTokenAndOnlyUnprivilegedIntents() {
        DataObject identify = discord.gateway().identifies().getFirst();
        assertEquals(FakeDiscord.TOKEN, identify.getString("token"));
        int intents = identify.getInt("intents");
        int guildMessages = 1 << 9;
        int directMessages = 1 << 12;
        int messageContent = 1 << 15;
        assertEquals(guildMessages | directMessages, intents & (guildMessages | directMessages));
        assertEquals(0, intents & messageContent, "Message Content is privileged and not needed");
        String query = discord.gateway().queries().getFirst();
        assertTrue(query.contains("encoding=json") && !query.contains("compress"), query);
        assertTrue(discord.calls(c -> c.is("GET", "users/@me")).stream()
                .allMatch(c -> ("Bot " + FakeDiscord.TOKEN).equals(c.authorization())));
    }

    @Test
    void start_firstTime_registersMoodAndMessageCommandsWithKoreanNames() {
        Recorded put = discord.calls(c -> c.is("PUT", commandsPath())).getFirst();
        DataArray commands = put.array();
        assertEquals(2, commands.length());
        DataObject mood = find(commands, c -> c.getString("name").equals("mood"));
        assertEquals("기분", mood.getObject("name_localizations").getString("ko"));
        DataArray options = mood.getArray("options");
        assertEquals(List.of("text", "voice", "private", "history"),
                options.stream(DataArray::getObject).map(o -> o.getString("name")).toList());
        assertEquals(List.of(3, 11, 5, 3), options.stream(DataArray::getObject).map(o -> o.getInt("type")).toList());
        assertEquals(List.of("show", "on", "off", "forget"), options.getObject(3).getArray("choices")
                .stream(DataArray::getObject).map(o -> o.getString("value")).toList());
        DataObject menu = find(commands, c -> c.getInt("type") == 3);
        assertEquals("Mood of this message", menu.getString("name"));
    }

    @Test
    void start_sameDefinitionsAlreadyRegistered_doesNotRegisterAgain() throws Exception {
        int listedBefore = discord.calls(c -> c.is("GET", commandsPath())).size();
        try (DiscordMoodBot second = DiscordMoodBot.start(moodBot, settings())) {
            assertEquals(CommandSync.Outcome.UNCHANGED,
                    second.commandsSynced().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        assertEquals(listedBefore + 1, discord.calls(c -> c.is("GET", commandsPath())).size());
        assertEquals(1, discord.calls(c -> c.is("PUT", commandsPath())).size());
    }

    @Test
    void slashMood_text_defersFirstThenEditsOriginalWithMoodEmbedAndTrackLinks() throws Exception {
        String token = slashMood(ids.user(ids.next(), "ann", false), "I just got the job, I am so happy!", false);
        Recorded deferred = discord.await(callback(token), WAIT);
        assertEquals(5, deferred.body().getInt("type"), "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE");
        Recorded edited = discord.await(editOriginal(token), WAIT);
        List<Recorded> all = discord.calls(c -> true);
        assertTrue(all.indexOf(deferred) < all.indexOf(edited), "deferred before the edit");
        assertMoodEmbedWithTrackLinks(edited.body());
    }

    @Test
    void slashMood_voiceAttachment_defersThenAnswersWithTheMoodOfTheWordsHeard() throws Exception {
        byte[] ogg = Files.readAllBytes(VOICE_NOTE);
        String attachmentId = ids.next();
        DataObject attachment = attachment(discord.serve("note.ogg", ogg), "note.ogg", "audio/ogg", ogg.length)
                .put("id", attachmentId);
        DataObject data = DataObject.empty().put("id", ids.next()).put("name", "mood").put("type", 1)
                .put("options", DataArray.empty().add(DataObject.empty().put("name", "voice").put("type", 11)
                        .put("value", attachmentId)))
                .put("resolved", DataObject.empty().put("attachments",
                        DataObject.empty().put(attachmentId, attachment)));
        String token = "tok-" + ids.next();
        interact(token, ids.user(ids.next(), "lee", false), data);
        assertEquals(5, discord.await(callback(token), WAIT).body().getInt("type"));
        String description = voiceAnswer(discord.await(editOriginal(token), WAIT).body());
        assertTrue(description.contains("Read from: the words I heard + how your voice sounded"), description);
        assertFalse(description.contains("I heard:"), "a server channel sees no transcript by default: " + description);
    }

    @Test
    void slashMood_private_defersEphemerally() throws Exception {
        String token = slashMood(ids.user(ids.next(), "bea", false), "what a lovely evening", true);
        Recorded deferred = discord.await(callback(token), WAIT);
        assertEquals(EPHEMERAL, deferred.body().getObject("data").getInt("flags") & EPHEMERAL);
        assertMoodEmbedWithTrackLinks(discord.await(editOriginal(token), WAIT).body());
    }

    @Test
    void slashMood_firstEditAnswered429_replyStillArrivesAfterRetryAfter() throws Exception {
        String token = "tok-" + ids.next();
        discord.rateLimitNext(editOriginal(token));
        slashMood(token, ids.user(ids.next(), "cat", false), "this is the best news ever", false);
        discord.await(c -> c.method().equals("PATCH-429") && c.path().contains(token), WAIT);
        assertMoodEmbedWithTrackLinks(discord.await(editOriginal(token), WAIT).body());
    }

    @Test
    void slashMood_burstFromOneUser_rateLimitNoticesWhileAnotherUserIsAnswered() throws Exception {
        DataObject eager = ids.user(ids.next(), "eager", false);
        List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(slashMood(eager, "I am so happy today " + i, false));
        }
        String other = slashMood(ids.user(ids.next(), "patient", false), "I am so happy today", false);
        for (String token : tokens) {
            discord.await(c -> c.path().contains(token) && (c.is("PATCH", "webhooks/") || c.is("POST", "webhooks/")),
                    WAIT);
        }
        List<Recorded> notices = tokens.stream()
                .flatMap(token -> discord.calls(c -> c.is("POST", "webhooks/") && c.path().contains(token)).stream())
                .toList();
        assertEquals(2, notices.size(), "burst 3 of 5; the other two are told to slow down");
        for (Recorded notice : notices) {
            assertEquals(EPHEMERAL, notice.body().getInt("flags") & EPHEMERAL);
            assertTrue(notice.body().getString("content").contains("ask again in"), notice.json());
        }
        assertMoodEmbedWithTrackLinks(discord.await(editOriginal(other), WAIT).body());
    }

    @Test
    void mention_inGuildChannel_repliesToThatMessageWithItsMood() throws Exception {
        String messageId = ids.next();
        DataObject message = ids.message(messageId, ids.channelId, ids.guildId, ids.user(ids.next(), "dan", false),
                "<@" + ids.botId + "> I love this community, you all make me smile");
        message.put("mentions", DataArray.empty().add(ids.botUser()));
        discord.gateway().dispatch("MESSAGE_CREATE", message);
        Recorded reply = discord.await(replyTo(messageId), WAIT);
        assertMoodEmbedWithTrackLinks(reply.body());
    }

    @Test
    void mention_onlyOtherMentionsAndALink_nothingToReadReply() throws Exception {
        String content = mentionAndAwaitReply("nat",
                "<@" + ids.next() + "> <#" + ids.channelId + "> https://example.com/cat.gif").getString("content");
        assertTrue(content.contains("nothing to read"), content);
    }

    @Test
    void slashMood_onlyRoleTimestampAndCode_nothingToReadReply() throws Exception {
        String token = slashMood(ids.user(ids.next(), "oli", false), "<@&42> `npm run build` <t:1700000000:R>", false);
        String content = discord.await(editOriginal(token), WAIT).body().getString("content");
        assertTrue(content.contains("nothing to read"), content);
    }

    @Test
    void mention_customEmojiAndShortcode_readAsTheirFeeling() throws Exception {
        DataObject embed = mentionAndAwaitReply("pam", "😂😂 <:partyparrot:123456789012345678> :tada:")
                .getArray("embeds").getObject(0);
        assertTrue(embed.getString("title").contains("joy"), embed.getString("title"));
    }

    @Test
    void mention_koreanText_answeredInKorean() throws Exception {
        DataObject embed = mentionAndAwaitReply("min", "오늘 정말 기분이 좋아요!").getArray("embeds").getObject(0);
        List<String> fieldNames = embed.getArray("fields").stream(DataArray::getObject)
                .map(field -> field.getString("name")).toList();
        assertTrue(fieldNames.containsAll(List.of("기분", "확신도", "점수")), fieldNames::toString);
    }

    @Test
    void mention_burstFromOneUser_slowDownNoticeGoesToTheirDms() throws Exception {
        String userId = ids.next();
        DataObject author = ids.user(userId, "joy", false);
        List<String> messageIds = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String messageId = ids.next();
            messageIds.add(messageId);
            DataObject message = ids.message(messageId, ids.channelId, ids.guildId, author,
                    "<@" + ids.botId + "> such a good day " + i);
            discord.gateway().dispatch("MESSAGE_CREATE", message.put("mentions", DataArray.empty().add(ids.botUser())));
        }
        Recorded opened = discord.await(c -> c.is("POST", "users/@me/channels")
                && userId.equals(c.body().getString("recipient_id")), WAIT);
        assertTrue(opened.json().contains(userId));
        Recorded notice = discord.await(c -> c.is("POST", "channels/") && c.body().getString("content", "")
                .contains("ask again in") && c.body().isNull("message_reference"), WAIT);
        assertFalse(notice.path().contains(ids.channelId), "the notice is not posted in the channel");
        // the other three are answered in the channel
        discord.await(c -> messageIds.stream().filter(id -> !discord.calls(replyTo(id)).isEmpty()).count() == 3, WAIT);
    }

    @Test
    void mention_bareReplyToAnotherMessage_readsTheMessageRepliedTo() throws Exception {
        DataObject author = ids.user(ids.next(), "eve", false);
        DataObject original = ids.message(ids.next(), ids.channelId, ids.guildId, author,
                "I failed my exam and I feel terrible");
        String messageId = ids.next();
        DataObject mention = ids.message(messageId, ids.channelId, ids.guildId, author, "<@" + ids.botId + ">")
                .put("type", 19)
                .put("mentions", DataArray.empty().add(ids.botUser()))
                .put("message_reference", DataObject.empty().put("type", 0).put("message_id", original.getString("id"))
                        .put("channel_id", ids.channelId).put("guild_id", ids.guildId))
                .put("referenced_message", original);
        discord.gateway().dispatch("MESSAGE_CREATE", mention);
        assertMoodEmbedWithTrackLinks(discord.await(replyTo(messageId), WAIT).body());
    }

    @Test
    void message_inGuildWithoutMention_isIgnored() throws Exception {
        DataObject author = ids.user(ids.next(), "fay", false);
        String ignoredId = ids.next();
        discord.gateway().dispatch("MESSAGE_CREATE",
                ids.message(ignoredId, ids.channelId, ids.guildId, author, "just chatting"));
        String botMessageId = ids.next();
        DataObject fromBot = ids.message(botMessageId, ids.channelId, ids.guildId, ids.botUser(),
                "<@" + ids.botId + "> my own reply");
        fromBot.put("mentions", DataArray.empty().add(ids.botUser()));
        discord.gateway().dispatch("MESSAGE_CREATE", fromBot);
        // A mention after both: once it is answered, the two before it were seen and passed over.
        String askedId = ids.next();
        DataObject asked = ids.message(askedId, ids.channelId, ids.guildId, author, "<@" + ids.botId + "> hi there");
        asked.put("mentions", DataArray.empty().add(ids.botUser()));
        discord.gateway().dispatch("MESSAGE_CREATE", asked);
        discord.await(replyTo(askedId), WAIT);
        assertTrue(discord.calls(replyTo(ignoredId).or(replyTo(botMessageId))).isEmpty());
    }

    @Test
    void directMessage_voiceMessage_downloadedFromTheCdnAndAnsweredWithTranscriptMoodAndTracks() throws Exception {
        byte[] ogg = Files.readAllBytes(VOICE_NOTE);
        String url = discord.serve("voice-message.ogg", ogg);
        String messageId = dmVoice(url, ogg.length, ogg.length);
        Recorded download = discord.await(c -> c.method().equals("CDN GET") && url.endsWith(c.path()), WAIT);
        assertNull(download.authorization(), "the bot token goes to Discord's API only");
        String description = voiceAnswer(discord.await(replyTo(messageId), WAIT).body());
        assertTrue(description.startsWith("🗣️ I heard: “themself happy today this is wonderful news”"), description);
    }

    /** A full answer to en_happy_discord.ogg: joy, the energy reading and three track buttons; its description. */
    private static String voiceAnswer(DataObject message) {
        DataObject embed = message.getArray("embeds").getObject(0);
        assertTrue(embed.getString("title").contains("joy"), embed.toString());
        assertEquals(3, message.getArray("components").getObject(0).getArray("components").length());
        String description = embed.getString("description");
        assertTrue(description.contains("🎙️ 2.7 s · energy: "), description);
        return description;
    }

    @Test
    void directMessage_declaredOverSizeCap_refusedWithoutDownloading() throws Exception {
        String url = discord.serve("voice-message.ogg", new byte[16]);
        String messageId = dmVoice(url, moodBot.voiceLimits().maxBytes() + 1, 16);
        String content = discord.await(replyTo(messageId), WAIT).body().getString("content");
        assertTrue(content.contains("too big"), content);
        assertTrue(discord.calls(c -> c.method().equals("CDN GET") && url.endsWith(c.path())).isEmpty());
    }

    @Test
    void directMessage_damagedVoiceFile_friendlyAnswer() throws Exception {
        byte[] ogg = Files.readAllBytes(VOICE_NOTE);
        byte[] damaged = Arrays.copyOf(ogg, 300);
        String url = discord.serve("voice-message.ogg", damaged);
        String messageId = dmVoice(url, damaged.length, damaged.length);
        String content = discord.await(replyTo(messageId), WAIT).body().getString("content");
        assertFalse(content.isBlank());
        assertFalse(content.contains("Exception"), content);
    }

    @Test
    void directMessage_attachmentGoneFromCdn_friendlyCouldNotFetch() throws Exception {
        String url = discord.serve("voice-message.ogg", new byte[0]).replace("voice-message.ogg", "gone.ogg");
        String messageId = dmVoice(url, 2048, 2048);
        String content = discord.await(replyTo(messageId), WAIT).body().getString("content");
        assertTrue(content.contains("I couldn't fetch that file"), content);
        assertFalse(content.contains("404") || content.contains("Exception"), "no technical detail: " + content);
    }

    @Test
    void directMessage_attachmentThatIsNoAudio_answeredWithHelp() throws Exception {
        String messageId = ids.next();
        DataObject user = ids.user(ids.next(), "gus", false);
        DataObject message = ids.message(messageId, ids.next(), null, user, "");
        message.put("attachments", DataArray.empty().add(attachment(discord.serve("cat.png", new byte[8]), "cat.png",
                "image/png", 8)));
        discord.gateway().dispatch("MESSAGE_CREATE", message);
        String content = discord.await(replyTo(messageId), WAIT).body().getString("content");
        assertTrue(content.contains("voice message"), content);
    }

    @Test
    void messageMenu_moodOfThisMessage_defersThenAnswersAboutTheTarget() throws Exception {
        DataObject target = ids.message(ids.next(), ids.channelId, ids.guildId, ids.user(ids.next(), "hal", false),
                "Everything went wrong today and I'm so angry");
        String token = "tok-" + ids.next();
        DataObject data = DataObject.empty().put("id", ids.next()).put("name", "Mood of this message").put("type", 3)
                .put("target_id", target.getString("id"))
                .put("resolved", DataObject.empty().put("messages",
                        DataObject.empty().put(target.getString("id"), target)));
        interact(token, ids.user(ids.next(), "ivy", false), data);
        assertEquals(5, discord.await(callback(token), WAIT).body().getInt("type"));
        assertMoodEmbedWithTrackLinks(discord.await(editOriginal(token), WAIT).body());
    }

    @Test
    void slashMood_historyOnTextThenShow_ephemeralNoticeThenPngChartOfThatMood() throws Exception {
        DataObject user = ids.user(ids.next(), "hana", false);
        String on = "tok-" + ids.next();
        interact(on, user, historyOption("on"));
        assertEquals(EPHEMERAL, discord.await(callback(on), WAIT).body().getObject("data").getInt("flags") & EPHEMERAL);
        assertTrue(discord.await(editOriginal(on), WAIT).body().getString("content").contains("Mood history is on"));
        String mood = slashMood(user, "I just got the job, I am so happy!", false);
        discord.await(editOriginal(mood), WAIT);
        String show = "tok-" + ids.next();
        interact(show, user, historyOption("show"));
        DataObject chart = discord.await(editOriginal(show), WAIT).body();
        assertTrue(chart.getString("content").contains("(1 reading)"), chart::toString);
        FakeDiscord.Upload png = discord.uploads().stream().filter(u -> u.path().contains(show)).findFirst()
                .orElseThrow(() -> new AssertionError("no file uploaded with the chart"));
        assertEquals("mood-history.png", png.fileName());
        assertEquals("PNG", new String(png.bytes(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void wrongMoodMenu_pickWithHistoryOn_acknowledgedEphemerallyAndStoredWithText() throws Exception {
        DataObject user = ids.user(ids.next(), "rei", false);
        interactAndAwait(user, historyOption("on"));
        String mood = slashMood(user, "I just got the job, I am so happy!", false);
        String menuId = wrongMoodMenuId(discord.await(editOriginal(mood), WAIT).body());
        String pick = pick(user, menuId, "sadness");
        DataObject deferred = discord.await(callback(pick), WAIT).body();
        assertEquals(5, deferred.getInt("type"), "deferred at once");
        assertEquals(EPHEMERAL, deferred.getObject("data").getInt("flags") & EPHEMERAL);
        String thanks = discord.await(editOriginal(pick), WAIT).body().getString("content");
        assertTrue(thanks.contains("noted as sadness") && thanks.contains("with your message"), thanks);
        assertEquals(List.of(Optional.of("I just got the job, I am so happy!")),
                storedCorrections(user).stream().map(Correction::text).toList());
        assertEquals(Mood.SADNESS, storedCorrections(user).getFirst().picked());
    }

    @Test
    void wrongMoodMenu_pickWithoutHistory_storedWithoutText() throws Exception {
        DataObject user = ids.user(ids.next(), "sol", false);
        String mood = slashMood(user, "what a lovely evening", false);
        String pick = pick(user, wrongMoodMenuId(discord.await(editOriginal(mood), WAIT).body()), "fear");
        String thanks = discord.await(editOriginal(pick), WAIT).body().getString("content");
        assertTrue(thanks.contains("noted as fear") && !thanks.contains("with your message"), thanks);
        List<Correction> stored = storedCorrections(user);
        assertEquals(1, stored.size());
        assertEquals(Optional.empty(), stored.getFirst().text());
        assertEquals("discord", stored.getFirst().platform());
    }

    @Test
    void wrongMoodMenu_someoneElsePicks_toldOnlyTheAskerMayAndNothingStored() throws Exception {
        DataObject asker = ids.user(ids.next(), "tao", false);
        DataObject other = ids.user(ids.next(), "uma", false);
        String mood = slashMood(asker, "this is the best news ever", false);
        String pick = pick(other, wrongMoodMenuId(discord.await(editOriginal(mood), WAIT).body()), "anger");
        assertTrue(discord.await(editOriginal(pick), WAIT).body().getString("content")
                .contains("Only the person who asked"));
        assertEquals(List.of(), storedCorrections(other));
    }

    @Test
    void slashMood_historyForget_asksWithButtonsAndOnlyConfirmDeletes() throws Exception {
        DataObject user = ids.user(ids.next(), "vic", false);
        interactAndAwait(user, historyOption("on"));
        discord.await(editOriginal(slashMood(user, "I am so happy today", false)), WAIT);
        DataObject question = interactAndAwait(user, historyOption("forget"));
        assertTrue(question.getString("content").contains("cannot be undone"), question::toString);
        List<DataObject> buttons = question.getArray("components").getObject(0).getArray("components")
                .stream(DataArray::getObject).toList();
        assertEquals(List.of("Delete everything", "Cancel"), buttons.stream().map(b -> b.getString("label")).toList());
        assertEquals(1, storedReadings(user), "asking deletes nothing");

        String cancel = click(user, DiscordReplies.FORGET_CANCEL);
        assertEquals(6, discord.await(callback(cancel), WAIT).body().getInt("type"), "DEFERRED_UPDATE_MESSAGE");
        assertTrue(discord.await(editOriginal(cancel), WAIT).body().getString("content")
                .contains("Nothing was deleted"));
        assertEquals(1, storedReadings(user));

        String confirm = click(user, DiscordReplies.FORGET_CONFIRM);
        assertEquals(6, discord.await(callback(confirm), WAIT).body().getInt("type"));
        DataObject done = discord.await(editOriginal(confirm), WAIT).body();
        assertTrue(done.getString("content").contains("deleted 1 reading"), done::toString);
        assertEquals(0, done.getArray("components").length(), "the buttons are gone");
        assertEquals(0, storedReadings(user));
    }

    /** The history store the bot writes, opened beside it as the CLI would. */
    private static <T> T inStore(java.util.function.BiFunction<MoodHistory, UserKey, T> read, DataObject user) {
        try (MoodHistory store = HistoryStore.open(StorageConfig.defaults().jdbcUrl(dataFolder), Optional.empty())) {
            UserKey key = UserPseudonyms.fromSaltFile(dataFolder.resolve("history.salt"))
                    .keyOf(new dev.moodbot.core.UserRef("discord", user.getString("id")));
            return read.apply(store, key);
        }
    }

    private static List<Correction> storedCorrections(DataObject user) {
        return inStore(MoodHistory::corrections, user);
    }

    private static int storedReadings(DataObject user) {
        return inStore((store, key) -> store.export(key, java.time.Instant.EPOCH).size(), user);
    }

    private static DataObject interactAndAwait(DataObject user, DataObject data) throws Exception {
        String token = "tok-" + ids.next();
        interact(token, user, data);
        return discord.await(editOriginal(token), WAIT).body();
    }

    private static String wrongMoodMenuId(DataObject answer) {
        DataObject menu = answer.getArray("components").stream(DataArray::getObject)
                .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
                .filter(component -> component.getInt("type") == 3).findFirst()
                .orElseThrow(() -> new AssertionError("no wrong-mood menu: " + answer));
        assertEquals(Arrays.stream(Mood.values()).map(Mood::key).toList(), menu.getArray("options")
                .stream(DataArray::getObject).map(o -> o.getString("value")).toList());
        return menu.getString("custom_id");
    }

    /** A pick on the answer's menu, as Discord sends it: a MESSAGE_COMPONENT interaction. */
    private static String pick(DataObject user, String menuId, String mood) {
        return component(user, DataObject.empty().put("custom_id", menuId).put("component_type", 3)
                .put("values", DataArray.empty().add(mood)), 0);
    }

    private static String click(DataObject user, String buttonId) {
        return component(user, DataObject.empty().put("custom_id", buttonId).put("component_type", 2), EPHEMERAL);
    }

    private static String component(DataObject user, DataObject data, int messageFlags) {
        String token = "tok-" + ids.next();
        DataObject message = ids.message(ids.next(), ids.channelId, ids.guildId, ids.botUser(), "")
                .put("flags", messageFlags);
        interact(token, ids.interaction(ids.next(), token, user, data).put("type", 3).put("message", message));
        return token;
    }

    @Test
    void slashMood_textSaysHistoryOff_answeredOnlyToTheAskerNotReadAsText() throws Exception {
        String token = slashMood(ids.user(ids.next(), "jun", false), "history off", false);
        Recorded followUp = discord.await(c -> c.is("POST", "webhooks/" + ids.applicationId + "/" + token), WAIT);
        assertTrue(followUp.body().getString("content").contains("Mood history is off"), followUp::toString);
        assertEquals(EPHEMERAL, followUp.body().getInt("flags") & EPHEMERAL);
    }

    private static DataObject historyOption(String choice) {
        return DataObject.empty().put("id", ids.next()).put("name", "mood").put("type", 1)
                .put("options", DataArray.empty().add(DataObject.empty().put("name", "history").put("type", 3)
                        .put("value", choice)));
    }

    /** A guild message from a new user that mentions moodbot before {@code text}; returns moodbot's reply. */
    private static DataObject mentionAndAwaitReply(String author, String text) throws Exception {
        String messageId = ids.next();
        DataObject message = ids.message(messageId, ids.channelId, ids.guildId, ids.user(ids.next(), author, false),
                "<@" + ids.botId + "> " + text);
        discord.gateway().dispatch("MESSAGE_CREATE", message.put("mentions", DataArray.empty().add(ids.botUser())));
        return discord.await(replyTo(messageId), WAIT).body();
    }

    private static String slashMood(DataObject user, String text, boolean onlyMe) {
        String token = "tok-" + ids.next();
        slashMood(token, user, text, onlyMe);
        return token;
    }

    private static void slashMood(String token, DataObject user, String text, boolean onlyMe) {
        DataArray options = DataArray.empty().add(DataObject.empty().put("name", "text").put("type", 3)
                .put("value", text));
        if (onlyMe) {
            options.add(DataObject.empty().put("name", "private").put("type", 5).put("value", true));
        }
        DataObject data = DataObject.empty().put("id", ids.next()).put("name", "mood").put("type", 1)
                .put("options", options);
        interact(token, user, data);
    }

    private static void interact(String token, DataObject user, DataObject data) {
        interact(token, ids.interaction(ids.next(), token, user, data));
    }

    private static void interact(String token, DataObject interaction) {
        dispatchedAt.put(token, discord.gateway().dispatch("INTERACTION_CREATE", interaction));
    }

    /** Sends a DM holding one voice message and returns the message's id. */
    private static String dmVoice(String url, long declaredSize, int actualSize) {
        String messageId = ids.next();
        DataObject message = ids.message(messageId, ids.next(), null, ids.user(ids.next(), "kim", false), "");
        message.put("flags", IS_VOICE_MESSAGE).put("attachments", DataArray.empty().add(
                attachment(url, "voice-message.ogg", "audio/ogg", declaredSize).put("duration_secs", 2.75)
                        .put("waveform", "AAAA")));
        discord.gateway().dispatch("MESSAGE_CREATE", message);
        return messageId;
    }

    private static DataObject attachment(String url, String name, String type, long size) {
        return DataObject.empty().put("id", ids.next()).put("filename", name).put("content_type", type)
                .put("size", size).put("url", url).put("proxy_url", url);
    }

    private static void assertMoodEmbedWithTrackLinks(DataObject message) {
        DataObject embed = message.getArray("embeds").getObject(0);
        String title = embed.getString("title");
        assertTrue(Arrays.stream(Mood.values()).anyMatch(m -> title.contains(m.key())), title);
        List<DataObject> buttons = message.getArray("components").stream(DataArray::getObject)
                .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
                .filter(component -> component.getInt("type") == 2).toList();
        assertFalse(buttons.isEmpty(), message::toString);
        for (DataObject button : buttons) {
            assertEquals(5, button.getInt("style"), "link buttons");
            assertTrue(button.getString("url").startsWith("https://"), button::toString);
        }
    }

    private static String commandsPath() {
        return "applications/" + ids.applicationId + "/commands";
    }

    private static Predicate<Recorded> callback(String token) {
        return c -> c.is("POST", "interactions/") && c.path().endsWith(token + "/callback");
    }

    private static Predicate<Recorded> editOriginal(String token) {
        return c -> c.is("PATCH", "webhooks/" + ids.applicationId + "/" + token + "/messages/@original");
    }

    private static Predicate<Recorded> replyTo(String messageId) {
        return c -> c.is("POST", "channels/") && c.path().endsWith("/messages") && !c.body().isNull("message_reference")
                && messageId.equals(c.body().getObject("message_reference").getString("message_id"));
    }

    private static DataObject find(DataArray array, Predicate<DataObject> match) {
        return array.stream(DataArray::getObject).filter(match).findFirst().orElseThrow();
    }
}
