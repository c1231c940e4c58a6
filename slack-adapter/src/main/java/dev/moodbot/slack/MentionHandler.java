package dev.moodbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;

/** {@code @moodbot <text>} in a channel: answered in the thread of the mentioning message. */
final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
    private final MoodDelivery delivery;
    private final RedeliveryFilter redeliveries;

    MentionHandler(MoodDelivery delivery, RedeliveryFilter redeliveries) {
        this.delivery = delivery;
        this.redeliveries = redeliveries;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        delivery.guard("an app mention", () -> answer(payload));
        return ctx.ack();
    }

    private void answer(EventsApiPayload<AppMentionEvent> payload) {
        AppMentionEvent event = payload.getEvent();
        String team = payload.getTeamId() != null ? payload.getTeamId() : event.getTeam();
        if (event.getBotId() == null && event.getUser() != null && redeliveries.firstDelivery(payload.getEventId(),
                SlackRequests.messageKey(team, event.getChannel(), event.getTs()))) {
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            delivery.answer(SlackRequests.text(team, event.getUser(), event.getText()),
                    new ReplyTarget.Conversation(event.getChannel(), thread, event.getUser()));
        }
    }
}
