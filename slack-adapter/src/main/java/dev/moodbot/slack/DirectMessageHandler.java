package dev.moodbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.reply.ReplyText;
import java.util.List;
import java.util.Optional;

/**
 * Direct messages: text is read as text, a shared audio clip is fetched and read as a voice note. A clip arrives
 * as a {@code message} with subtype {@code file_share}, a separate event type in Bolt, hence two entry points.
 */
final class DirectMessageHandler {
    private final MoodDelivery delivery;
    private final RedeliveryFilter redeliveries;
    private final VoiceClips clips;

    DirectMessageHandler(MoodDelivery delivery, RedeliveryFilter redeliveries, VoiceClips clips) {
        this.delivery = delivery;
        this.redeliveries = redeliveries;
        this.clips = clips;
    }

    /** One DM, whichever event brought it. */
    private record DirectMessage(String team, String eventId, String channelType, String channel, String user,
            String ts, String threadTs, String text, List<File> files, String botId) {}

    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        delivery.guard("a DM", () -> receive(new DirectMessage(team(payload, e.getTeam()), payload.getEventId(),
                e.getChannelType(), e.getChannel(), e.getUser(), e.getTs(), e.getThreadTs(), e.getText(),
                e.getFiles(), e.getBotId())));
        return ctx.ack();
    }

    Response onFileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent e = payload.getEvent();
        delivery.guard("a DM with a file", () -> receive(new DirectMessage(team(payload, null),
                payload.getEventId(), e.getChannelType(), e.getChannel(), e.getUser(), e.getTs(), e.getThreadTs(),
                e.getText(), e.getFiles(), null)));
        return ctx.ack();
    }

    private void receive(DirectMessage dm) {
        // Only DMs from people: channel messages reach moodbot as mentions, and bots do not ask for moods.
        if (!isDm(dm) || dm.user() == null || dm.botId() != null
                || !redeliveries.firstDelivery(dm.eventId(),
                        SlackRequests.messageKey(dm.team(), dm.channel(), dm.ts()))) {
            return;
        }
        ReplyTarget target = new ReplyTarget.Conversation(dm.channel(), dm.threadTs(), dm.user());
        Optional<File> clip = VoiceClips.audioAmong(dm.files());
        if (clip.isPresent()) {
            // Slack's transcript when it made one, else the caption typed with the clip.
            Optional<String> caption = Optional.of(SlackRequests.unescape(dm.text())).filter(t -> !t.isBlank());
            delivery.answer(MoodRequest.voice(SlackRequests.user(dm.team(), dm.user()),
                    clips.fetchOf(clip.get(), caption), false), target);
        } else if (dm.files() != null && !dm.files().isEmpty() && SlackRequests.unescape(dm.text()).isBlank()) {
            // Nothing to read: no text, and no file that is audio.
            delivery.later("answering a DM with no audio",
                    () -> delivery.notice(target, ReplyText.in(Language.EN).help()));
        } else {
            delivery.answer(SlackRequests.text(dm.team(), dm.user(), dm.text()), target);
        }
    }

    /** Slack marks DMs with {@code channel_type: im}; DM channel ids start with D, should the type be missing. */
    private static boolean isDm(DirectMessage dm) {
        return dm.channelType() == null ? dm.channel() != null && dm.channel().startsWith("D")
                : dm.channelType().equals("im");
    }

    private static String team(EventsApiPayload<?> payload, String fallback) {
        return payload.getTeamId() != null ? payload.getTeamId() : fallback;
    }
}
