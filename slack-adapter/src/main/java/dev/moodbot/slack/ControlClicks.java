package dev.moodbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.history.HistoryAction;

/**
 * Clicks on moodbot's own controls: a "wrong mood?" pick and the buttons under {@code /mood forget}'s question.
 * Acknowledged at once; the answer goes to the clicker alone through the action's response_url.
 */
final class ControlClicks {
    private final MoodDelivery delivery;

    ControlClicks(MoodDelivery delivery) {
        this.delivery = delivery;
    }

    /** The menu's block id is the feedback tag; the picked option's value is the mood's key. */
    Response wrongMood(BlockActionRequest request, ActionContext ctx) {
        delivery.guard("a wrong-mood pick", () -> {
            BlockActionPayload payload = request.getPayload();
            BlockActionPayload.Action action = payload.getActions().getFirst();
            String picked = action.getSelectedOption() == null ? "" : action.getSelectedOption().getValue();
            delivery.answer(new MoodRequest.Correction(user(payload), action.getBlockId(), picked),
                    target(payload, false));
        });
        return ctx.ack();
    }

    /** Whoever clicks deletes only their own history; the question is replaced by what was done. */
    Response forget(BlockActionRequest request, ActionContext ctx) {
        delivery.guard("a forget button", () -> {
            BlockActionPayload payload = request.getPayload();
            HistoryAction answer = SlackReplies.FORGET_CONFIRM.equals(payload.getActions().getFirst().getActionId())
                    ? HistoryAction.FORGET_CONFIRMED : HistoryAction.FORGET_CANCELLED;
            delivery.answer(new MoodRequest.History(user(payload), answer), target(payload, true));
        });
        return ctx.ack();
    }

    private static dev.moodbot.core.UserRef user(BlockActionPayload payload) {
        String team = payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
        return SlackRequests.user(team, payload.getUser().getId());
    }

    private static ReplyTarget target(BlockActionPayload payload, boolean replacing) {
        String user = payload.getUser().getId();
        return payload.getResponseUrl() != null
                ? new ReplyTarget.CommandResponse(payload.getResponseUrl(), false, user, replacing)
                : new ReplyTarget.Private(payload.getChannel().getId(), user);
    }
}
