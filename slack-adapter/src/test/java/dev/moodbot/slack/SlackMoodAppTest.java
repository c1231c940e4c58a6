package dev.moodbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.Secret;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.history.Correction;
import dev.moodbot.core.history.HistoryStore;
import dev.moodbot.core.history.MoodHistory;
import dev.moodbot.core.history.UserKey;
import dev.moodbot.core.history.UserPseudonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Bolt app on the real MoodBot (the default model), against a loopback Slack on 127.0.0.1: Web API,
 * Socket Mode WebSocket, a Slack file host and a foreign host.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackMoodAppTest {
    private static final Duration ACK_LIMIT = Duration.ofSeconds(1);
    private static final long REPLY_SECONDS = 30;
    private static final AtomicInteger ids = new AtomicInteger();

    @TempDir
    static Path dataFolder;
    private static MoodBot bot;
    private static FakeSocketMode socketMode;
    private static FakeWebApi slack;
    private static RecordingHost foreign;
    private static SlackMoodApp app;
    private static byte[] clip;

    @BeforeAll
    static void start() throws Exception {
        clip = Files.readAllBytes(Path.of(System.getProperty("moodbot.sharedData"),
                "audio/voice-notes/en_happy_slack.m4a"));
        bot = MoodBot.start(CoreConfig.defaults(), Ticker.systemTicker(), HistoryStore.keeper(
                StorageConfig.defaults(), dataFolder, Optional.empty(), InstantSource.system()));
        socketMode = new FakeSocketMode();
        socketMode.startAndWait();
        slack = new FakeWebApi(socketMode.url());
        foreign = new RecordingHost(clip);
        app = SlackMoodApp.start(bot, settings(false));
        socketMode.awaitConnection();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (foreign != null) {
            foreign.close();
        }
        if (slack != null) {
            slack.close();
        }
        if (socketMode != null) {
            socketMode.stop(1000);
        }
        if (bot != null) {
            bot.close();
        }
    }

    private static SlackSettings settings(boolean publicByDefault) {
        return new SlackSettings(Secret.of(FakeWebApi.BOT_TOKEN), Secret.of(FakeWebApi.APP_TOKEN), slack.apiUrl(),
                publicByDefault);
    }

    @Test
    void moodCommand_text_acksAtOnceThenAnswersOnlyTheAskerThroughResponseUrl() throws Exception {
        String url = slack.responseUrl("command-" + ids.incrementAndGet());
        send(Envelopes.slashCommand("U0CMD", "I just got the job, I'm so happy!", url));

        FakeWebApi.Post post = slack.nextPost(url, REPLY_SECONDS);
        assertEquals("response_url", post.method());
        assertEquals("ephemeral", post.field("response_type"));
        assertTrue(post.field("text").contains("joy"), post.field("text"));
        assertMoodBlocks(post);
    }

    @Test
    void moodCommand_historyOnMoodThenHistory_onlyAskerSeesNoticesAndTheChartArrivesInTheirDm() throws Exception {
        String user = "U0HIST" + ids.incrementAndGet();
        String on = slack.responseUrl("history-on-" + ids.incrementAndGet());
        send(Envelopes.slashCommand(user, "history on", on));
        FakeWebApi.Post noted = slack.nextPost(on, REPLY_SECONDS);
        assertEquals("ephemeral", noted.field("response_type"));
        assertTrue(noted.field("text").contains("Mood history is on"), noted.field("text"));
        String mood = slack.responseUrl("history-mood-" + ids.incrementAndGet());
        send(Envelopes.slashCommand(user, "this is the best day of my life!", mood));
        slack.nextPost(mood, REPLY_SECONDS);
        String show = slack.responseUrl("history-show-" + ids.incrementAndGet());
        send(Envelopes.slashCommand(user, "public history", show));
        FakeWebApi.Post caption = slack.nextPost(show, REPLY_SECONDS);
        assertEquals("ephemeral", caption.field("response_type"), "history is never shown in the channel");
        assertTrue(caption.field("text").contains("(1 reading)"), caption.field("text"));
        FakeWebApi.Post completed = slack.nextPost("D" + user, REPLY_SECONDS);
        assertEquals("files.completeUploadExternal", completed.method());
        String fileId = com.google.gson.JsonParser.parseString(completed.field("files")).getAsJsonArray().get(0)
                .getAsJsonObject().get("id").getAsString();
        String sent = new String(slack.uploaded(fileId), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(sent.contains("\u0089PNG"), "the chart's PNG bytes were uploaded");
    }

    @Test
    void wrongMoodMenu_pickWithHistoryOn_ackedAtOnceAnsweredOnlyToThePickerAndStoredWithText() throws Exception {
        String user = "U0PICK" + ids.incrementAndGet();
        send(Envelopes.slashCommand(user, "history on", slack.responseUrl("pick-on-" + ids.incrementAndGet())));
        String mood = slack.responseUrl("pick-mood-" + ids.incrementAndGet());
        send(Envelopes.slashCommand(user, "I just got the job &amp; I'm so happy!", mood));
        String tag = wrongMoodBlockId(slack.nextPost(mood, REPLY_SECONDS));
        String pick = slack.responseUrl("pick-" + ids.incrementAndGet());
        send(Envelopes.menuPick(user, "moodbot-wrong-mood", tag, "sadness", pick));
        FakeWebApi.Post thanks = slack.nextPost(pick, REPLY_SECONDS);
        assertEquals("ephemeral", thanks.field("response_type"));
        assertTrue(thanks.field("text").contains("noted as sadness")
                && thanks.field("text").contains("with your message"), thanks.field("text"));
        List<Correction> stored = storedCorrections(user);
        assertEquals(List.of(Optional.of("I just got the job & I'm so happy!")),
                stored.stream().map(Correction::text).toList());
        assertEquals(List.of(dev.moodbot.core.mood.Mood.SADNESS), stored.stream().map(Correction::picked).toList());
    }

    @Test
    void wrongMoodMenu_pickOnAMentionWithoutHistory_storedWithoutText() throws Exception {
        String user = "U0NOPICK" + ids.incrementAndGet();
        send(Envelopes.mention(eventId(), user, "C0PICK", nextTs(),
                "<@" + FakeWebApi.BOT_USER + "> that meeting was brutal, I am furious"));
        String tag = wrongMoodBlockId(slack.nextPost("C0PICK", REPLY_SECONDS));
        String pick = slack.responseUrl("nopick-" + ids.incrementAndGet());
        send(Envelopes.menuPick(user, "moodbot-wrong-mood", tag, "fear", pick));
        String thanks = slack.nextPost(pick, REPLY_SECONDS).field("text");
        assertTrue(thanks.contains("noted as fear") && !thanks.contains("with your message"), thanks);
        List<Correction> stored = storedCorrections(user);
        assertEquals(List.of(Optional.empty()), stored.stream().map(Correction::text).toList());
        assertEquals("slack", stored.getFirst().platform());
    }

    @Test
    void moodCommand_forget_asksWithButtonsAndOnlyTheConfirmButtonDeletes() throws Exception {
        String user = "U0FORGET" + ids.incrementAndGet();
        send(Envelopes.slashCommand(user, "history on", slack.responseUrl("forget-on-" + ids.incrementAndGet())));
        String mood = slack.responseUrl("forget-mood-" + ids.incrementAndGet());
        send(Envelopes.slashCommand(user, "this is the best day of my life!", mood));
        slack.nextPost(mood, REPLY_SECONDS);
        String forget = slack.responseUrl("forget-" + ids.incrementAndGet());
        send(Envelopes.slashCommand(user, "forget", forget));
        FakeWebApi.Post question = slack.nextPost(forget, REPLY_SECONDS);
        assertEquals("ephemeral", question.field("response_type"));
        assertTrue(question.field("text").contains("cannot be undone"), question.field("text"));
        JsonArray buttons = findBlock(JsonParser.parseString(question.field("blocks")).getAsJsonArray(), "actions")
                .getAsJsonArray("elements");
        assertEquals("moodbot-forget-yes", buttons.get(0).getAsJsonObject().get("action_id").getAsString());
        assertEquals("danger", buttons.get(0).getAsJsonObject().get("style").getAsString());
        assertEquals(1, storedReadings(user), "asking deletes nothing");

        String cancel = slack.responseUrl("forget-cancel-" + ids.incrementAndGet());
        send(Envelopes.buttonClick(user, "moodbot-forget-no", cancel));
        FakeWebApi.Post cancelled = slack.nextPost(cancel, REPLY_SECONDS);
        assertTrue(cancelled.field("text").contains("Nothing was deleted"), cancelled.field("text"));
        assertEquals(1, storedReadings(user));

        String confirm = slack.responseUrl("forget-confirm-" + ids.incrementAndGet());
        send(Envelopes.buttonClick(user, "moodbot-forget-yes", confirm));
        FakeWebApi.Post done = slack.nextPost(confirm, REPLY_SECONDS);
        assertTrue(done.field("text").contains("deleted 1 reading"), done.field("text"));
        assertEquals("true", done.field("replace_original"), "the question and its buttons are replaced");
        assertEquals(0, storedReadings(user));
    }

    /** The history store the bot writes, opened beside it as the CLI would. */
    private static <T> T inStore(java.util.function.BiFunction<MoodHistory, UserKey, T> read, String user) {
        try (MoodHistory store = HistoryStore.open(StorageConfig.defaults().jdbcUrl(dataFolder), Optional.empty())) {
            UserKey key = UserPseudonyms.fromSaltFile(dataFolder.resolve("history.salt"))
                    .keyOf(new dev.moodbot.core.UserRef("slack", FakeWebApi.TEAM + ":" + user));
            return read.apply(store, key);
        }
    }

    private static List<Correction> storedCorrections(String user) {
        return inStore(MoodHistory::corrections, user);
    }

    private static int storedReadings(String user) {
        return inStore((store, key) -> store.export(key, java.time.Instant.EPOCH).size(), user);
    }

    /** The block the "wrong mood?" menu sits in: its id is the tag; the menu offers the seven moods. */
    private static String wrongMoodBlockId(FakeWebApi.Post answer) {
        for (JsonElement block : JsonParser.parseString(answer.field("blocks")).getAsJsonArray()) {
            JsonObject candidate = block.getAsJsonObject();
            if (candidate.get("type").getAsString().equals("actions")) {
                JsonObject menu = candidate.getAsJsonArray("elements").get(0).getAsJsonObject();
                if (menu.get("type").getAsString().equals("static_select")) {
                    assertEquals(7, menu.getAsJsonArray("options").size(), menu.toString());
                    return candidate.get("block_id").getAsString();
                }
            }
        }
        throw new AssertionError("no wrong-mood menu: " + answer.field("blocks"));
    }

    @Test
    void moodCommand_koreanText_answeredInKorean() throws Exception {
        String url = slack.responseUrl("korean-" + ids.incrementAndGet());
        send(Envelopes.slashCommand("U0KOREAN", "오늘 정말 기분이 좋아요!", url));

        FakeWebApi.Post post = slack.nextPost(url, REPLY_SECONDS);
        assertTrue(post.field("blocks").contains("점수"), post.field("blocks"));
        assertTrue(post.field("blocks").contains("어울리는 음악"), post.field("blocks"));
    }

    @Test
    void moodCommand_publicWord_answersInTheChannel() throws Exception {
        String url = slack.responseUrl("public-" + ids.incrementAndGet());
        send(Envelopes.slashCommand("U0PUB", "public this is the best day ever", url));

        FakeWebApi.Post post = slack.nextPost(url, REPLY_SECONDS);
        assertEquals("in_channel", post.field("response_type"));
        assertFalse(post.field("text").toLowerCase().contains("public"), post.field("text"));
    }

    @Test
    void appMention_inChannel_answeredInItsThreadWithTrackButtons() throws Exception {
        String ts = nextTs();
        send(Envelopes.mention(eventId(), "U0MENTION", "C0MENTION", ts,
                "<@" + FakeWebApi.BOT_USER + "> that meeting was brutal, I am furious"));

        FakeWebApi.Post post = slack.nextPost("C0MENTION", REPLY_SECONDS);
        assertEquals("chat.postMessage", post.method());
        assertEquals("C0MENTION", post.field("channel"));
        assertEquals(ts, post.field("thread_ts"));
        assertMoodBlocks(post);
    }

    @Test
    void directMessage_slackClip_downloadedWithTheTokenAndAnswered() throws Exception {
        String name = "clip-" + ids.incrementAndGet() + ".m4a";
        String url = slack.serveFile(name, clip);
        send(Envelopes.fileShare(eventId(), "U0VOICE", "D0VOICE", nextTs(),
                Envelopes.audioClip("F" + ids.get(), url, clip.length, "I am so happy today, this is wonderful news!")));

        FakeWebApi.Post post = slack.nextPost("D0VOICE", REPLY_SECONDS);
        assertEquals("chat.postMessage", post.method());
        assertEquals("D0VOICE", post.field("channel"));
        // Slack's own transcript is read as given: its mood, joined with the voice's energy reading.
        assertTrue(post.field("blocks").contains("🎙️"), post.field("blocks"));
        assertTrue(post.field("blocks").contains("Read from: the text that came with it"), post.field("blocks"));
        assertTrue(post.field("text").contains("joy"), post.field("text"));
        FakeWebApi.FileRequest download = slack.fileRequests().stream()
                .filter(r -> r.path().endsWith(name)).findFirst().orElseThrow();
        assertEquals(Optional.of("Bearer " + FakeWebApi.BOT_TOKEN), download.authorization());
    }

    @Test
    void directMessage_slackClipWithoutTranscript_transcribedByMoodbotAndAnsweredWithTracks() throws Exception {
        String name = "clip-" + ids.incrementAndGet() + ".m4a";
        String url = slack.serveFile(name, clip);
        send(Envelopes.fileShare(eventId(), "U0NOTEXT", "D0NOTEXT", nextTs(),
                Envelopes.audioClip("F" + ids.get(), url, clip.length, null)));

        FakeWebApi.Post post = slack.nextPost("D0NOTEXT", REPLY_SECONDS);
        assertEquals("chat.postMessage", post.method());
        String blocks = post.field("blocks");
        assertTrue(blocks.contains("I heard: “themself happy today this is wonderful news”"), blocks);
        assertTrue(blocks.contains("Read from: the words I heard + how your voice sounded"), blocks);
        assertTrue(post.field("text").contains("joy"), post.field("text"));
        assertEquals(3, post.field("text").split("https://").length - 1, post.field("text"));
    }

    @Test
    void directMessage_clipOnForeignHost_refusedWithoutSendingTheToken() throws Exception {
        send(Envelopes.fileShare(eventId(), "U0FOREIGN", "D0FOREIGN", nextTs(),
                Envelopes.audioClip("F" + ids.incrementAndGet(), foreign.url("clip.m4a"), clip.length, null)));

        FakeWebApi.Post post = slack.nextPost("D0FOREIGN", REPLY_SECONDS);
        assertEquals("chat.postEphemeral", post.method());
        assertEquals("U0FOREIGN", post.field("user"));
        assertTrue(post.field("text").contains("couldn't fetch"), post.field("text"));
        assertTrue(foreign.authorizations().stream().allMatch(Optional::isEmpty), foreign.authorizations()::toString);
        assertEquals(List.of(), foreign.authorizations(), "the foreign host is not contacted at all");
    }

    @Test
    void directMessage_corruptClip_friendlyReply() throws Exception {
        byte[] corrupt = Arrays.copyOf(clip, 300);
        String url = slack.serveFile("corrupt-" + ids.incrementAndGet() + ".m4a", corrupt);
        send(Envelopes.fileShare(eventId(), "U0CORRUPT", "D0CORRUPT", nextTs(),
                Envelopes.audioClip("F" + ids.get(), url, corrupt.length, null)));

        FakeWebApi.Post post = slack.nextPost("D0CORRUPT", REPLY_SECONDS);
        assertEquals("chat.postEphemeral", post.method());
        assertFriendly(post.field("text"));
    }

    @Test
    void directMessage_zeroByteClip_friendlyReply() throws Exception {
        String url = slack.serveFile("empty-" + ids.incrementAndGet() + ".m4a", new byte[0]);
        send(Envelopes.fileShare(eventId(), "U0EMPTY", "D0EMPTY", nextTs(),
                Envelopes.audioClip("F" + ids.get(), url, 0, null)));

        FakeWebApi.Post post = slack.nextPost("D0EMPTY", REPLY_SECONDS);
        assertEquals("chat.postEphemeral", post.method());
        assertTrue(post.field("text").contains("empty"), post.field("text"));
    }

    @Test
    void directMessage_clipDeclaredOverTheCap_refusedWithoutDownloading() throws Exception {
        String name = "huge-" + ids.incrementAndGet() + ".m4a";
        String url = slack.serveFile(name, clip);
        send(Envelopes.fileShare(eventId(), "U0HUGE", "D0HUGE", nextTs(),
                Envelopes.audioClip("F" + ids.get(), url, bot.voiceLimits().maxBytes() + 1, null)));

        FakeWebApi.Post post = slack.nextPost("D0HUGE", REPLY_SECONDS);
        assertEquals("chat.postEphemeral", post.method());
        assertTrue(post.field("text").contains("too big"), post.field("text"));
        assertTrue(slack.fileRequests().stream().noneMatch(r -> r.path().endsWith(name)));
    }

    @Test
    void directMessage_fileStubInEvent_completedThroughFilesInfo() throws Exception {
        String id = "F" + ids.incrementAndGet();
        String url = slack.serveFile("stub-" + id + ".m4a", clip);
        slack.fileInfo(id, Envelopes.audioClip(id, url, clip.length, "what a lovely surprise, I'm thrilled"));
        JsonObject stub = new JsonObject();
        stub.addProperty("id", id);
        stub.addProperty("mimetype", "audio/mp4");
        stub.addProperty("file_access", "check_file_info");
        send(Envelopes.fileShare(eventId(), "U0STUB", "D0STUB", nextTs(), stub));

        FakeWebApi.Post post = slack.nextPost("D0STUB", REPLY_SECONDS);
        assertEquals("chat.postMessage", post.method());
        assertTrue(post.field("blocks").contains("🎙️"), post.field("blocks"));
    }

    @Test
    void moodCommand_onlyMentionsAndALink_nothingToReadReply() throws Exception {
        String url = slack.responseUrl("markup-" + ids.incrementAndGet());
        send(Envelopes.slashCommand("U0MARKUP", "<@U024BE7LH|bob> <#C1|general> <https://example.com/a|>", url));

        FakeWebApi.Post post = slack.nextPost(url, REPLY_SECONDS);
        assertTrue(post.field("text").contains("nothing to read"), post.field("text"));
        assertFalse(post.field("text").contains("joy") || post.field("text").contains("neutral"), post.field("text"));
    }

    @Test
    void appMention_onlyALinkBesideTheMention_nothingToReadInTheThread() throws Exception {
        String ts = nextTs();
        send(Envelopes.mention(eventId(), "U0LINK", "C0LINK", ts,
                "<@" + FakeWebApi.BOT_USER + "> <https://example.com/x?y=1>"));

        FakeWebApi.Post post = slack.nextPost("C0LINK", REPLY_SECONDS);
        assertEquals(ts, post.field("thread_ts"));
        assertTrue(post.field("text").contains("nothing to read"), post.field("text"));
    }

    @Test
    void directMessage_shortcodesAndEmoticon_readAsTheirFeeling() throws Exception {
        send(Envelopes.directMessage(eventId(), "U0EMOJI", "D0EMOJI", nextTs(), ":sob: :sob: :'("));

        FakeWebApi.Post post = slack.nextPost("D0EMOJI", REPLY_SECONDS);
        assertTrue(post.field("text").contains("sadness"), post.field("text"));
        assertMoodBlocks(post);
    }

    @Test
    void directMessage_text_answeredInTheDm() throws Exception {
        send(Envelopes.directMessage(eventId(), "U0DM", "D0DM", nextTs(), "I miss my friends so much &amp; it hurts"));

        FakeWebApi.Post post = slack.nextPost("D0DM", REPLY_SECONDS);
        assertEquals("chat.postMessage", post.method());
        assertEquals("D0DM", post.field("channel"));
        assertMoodBlocks(post);
    }

    @Test
    void redeliveredEvent_sameEventId_answeredOnce() throws Exception {
        JsonObject first = Envelopes.mention(eventId(), "U0RETRY", "C0RETRY", nextTs(),
                "<@" + FakeWebApi.BOT_USER + "> I am scared of tomorrow");
        send(first);
        send(Envelopes.redelivery(first, 1));
        send(Envelopes.redelivery(first, 2));
        // A later message marks the end: by its answer, a duplicate would have been answered too.
        send(Envelopes.mention(eventId(), "U0RETRY2", "C0SENTINEL", nextTs(),
                "<@" + FakeWebApi.BOT_USER + "> what a lovely day"));

        slack.nextPost("C0RETRY", REPLY_SECONDS);
        slack.nextPost("C0SENTINEL", REPLY_SECONDS);
        assertEquals(List.of(), slack.pendingPosts("C0RETRY"));
    }

    @Test
    void burst_oneUserOverTheLimit_getsARetryNoticeWhileAnotherUserIsAnswered() throws Exception {
        int burst = CoreConfig.defaults().rateLimit().burst();
        for (int i = 0; i <= burst; i++) {
            send(Envelopes.slashCommand("U0BURST", "so happy " + i, slack.responseUrl("burst-" + i)));
        }
        send(Envelopes.slashCommand("U0CALM", "a calm and happy evening", slack.responseUrl("calm")));

        List<FakeWebApi.Post> posts = new ArrayList<>();
        for (int i = 0; i <= burst; i++) {
            posts.add(slack.nextPost(slack.responseUrl("burst-" + i), REPLY_SECONDS));
        }
        List<FakeWebApi.Post> notices = posts.stream().filter(p -> p.field("text").contains("Easy there")).toList();
        assertEquals(1, notices.size(), posts::toString);
        assertEquals("ephemeral", notices.getFirst().field("response_type"));
        assertTrue(notices.getFirst().field("text").matches("(?s).*again in \\d+ s.*"), notices.getFirst().toString());
        FakeWebApi.Post calm = slack.nextPost(slack.responseUrl("calm"), REPLY_SECONDS);
        assertTrue(calm.json().orElseThrow().has("blocks"), calm.toString());
    }

    @Test
    void envelopesWithoutAnAnswer_editAndButtonClick_stillAcknowledged() throws Exception {
        send(Envelopes.messageChanged(eventId(), "D0EDIT", nextTs()));
        send(Envelopes.trackClick("U0CLICK"));
        assertEquals(List.of(), slack.pendingPosts("D0EDIT"));
    }

    @Test
    void otherCommandName_answeredLikeMood() throws Exception {
        String url = slack.responseUrl("renamed-" + ids.incrementAndGet());
        JsonObject command = Envelopes.slashCommand("U0RENAMED", "what a wonderful surprise", url);
        command.getAsJsonObject("payload").addProperty("command", "/moodbot");
        send(command);

        assertMoodBlocks(slack.nextPost(url, REPLY_SECONDS));
    }

    @Test
    void moodCommand_withoutResponseUrl_answeredOnlyToTheAskerThroughTheWebApi() throws Exception {
        JsonObject command = Envelopes.slashCommand("U0NOURL", "I am thrilled about the trip", "unused");
        command.getAsJsonObject("payload").remove("response_url");
        command.getAsJsonObject("payload").addProperty("channel_id", "C0NOURL");
        send(command);

        FakeWebApi.Post post = slack.nextPost("C0NOURL", REPLY_SECONDS);
        assertEquals("chat.postEphemeral", post.method());
        assertEquals("U0NOURL", post.field("user"));
        assertMoodBlocks(post);
    }

    @Test
    void webApi429_retriedAfterRetryAfter() throws Exception {
        slack.rateLimitNextPostMessages(1);
        send(Envelopes.mention(eventId(), "U0LIMITED", "C0LIMITED", nextTs(),
                "<@" + FakeWebApi.BOT_USER + "> this is wonderful"));

        FakeWebApi.Post post = slack.nextPost("C0LIMITED", REPLY_SECONDS);
        assertEquals("C0LIMITED", post.field("channel"));
    }

    @Test
    void close_secondApp_disconnectsItsSocket() throws Exception {
        SlackMoodApp second = SlackMoodApp.start(bot, settings(true));
        WebSocket conn = socketMode.awaitConnection();
        second.close();
        assertEquals(conn, socketMode.awaitClose());
    }


    @Test
    void start_tokenSlackRefuses_failsNamingWhatToCheckWithoutTheToken() {
        assertStartRefused(Secret.of(FakeWebApi.BOT_TOKEN), Secret.of("xapp-not-this-one"), "SLACK_APP_TOKEN");
        assertStartRefused(Secret.of("xoxb-not-this-one"), Secret.of(FakeWebApi.APP_TOKEN), "SLACK_BOT_TOKEN");
    }

    private static void assertStartRefused(Secret botToken, Secret appToken, String variable) {
        SlackSettings wrong = new SlackSettings(botToken, appToken, slack.apiUrl(), false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SlackMoodApp.start(bot, wrong));
        assertTrue(e.getMessage().contains(variable), e.getMessage());
        assertFalse(e.getMessage().contains("not-this-one"), e.getMessage());
    }


    /** Sends an envelope and checks that it is acknowledged well inside Slack's 3 s. */
    private static void send(JsonObject envelope) throws Exception {
        Duration ack = socketMode.send(envelope).get(5, TimeUnit.SECONDS);
        System.err.println(envelope.get("type").getAsString() + " acknowledged in " + ack.toMillis() + " ms");
        assertTrue(ack.compareTo(ACK_LIMIT) < 0, "acknowledged after " + ack.toMillis() + " ms");
    }

    private static void assertMoodBlocks(FakeWebApi.Post post) {
        JsonArray blocks = JsonParser.parseString(post.field("blocks")).getAsJsonArray();
        List<String> types = new ArrayList<>();
        for (JsonElement block : blocks) {
            types.add(block.getAsJsonObject().get("type").getAsString());
        }
        assertEquals("section", types.getFirst(), types.toString());
        assertTrue(types.contains("context"), types.toString());
        String layout = blocks.toString();
        assertTrue(layout.contains("■") && layout.contains("/5"), layout);
        JsonObject actions = findBlock(blocks, "actions");
        assertNotNull(actions, layout);
        JsonObject button = actions.getAsJsonArray("elements").get(0).getAsJsonObject();
        assertEquals("button", button.get("type").getAsString());
        assertTrue(button.get("url").getAsString().startsWith("https://"), button.toString());
        assertFalse(post.field("text").isBlank());
    }

    private static JsonObject findBlock(JsonArray blocks, String type) {
        for (JsonElement block : blocks) {
            if (block.getAsJsonObject().get("type").getAsString().equals(type)) {
                return block.getAsJsonObject();
            }
        }
        return null;
    }

    private static void assertFriendly(String text) {
        assertFalse(text.contains("Exception") || text.contains("at dev.") || text.contains("at com."), text);
        assertTrue(text.length() > 20, text);
    }

    private static String eventId() {
        return "Ev" + ids.incrementAndGet();
    }

    private static String nextTs() {
        return "1700000001." + String.format("%06d", ids.incrementAndGet());
    }
}
