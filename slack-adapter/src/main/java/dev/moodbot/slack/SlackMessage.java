package dev.moodbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One reply as Slack shows it.
 *
 * @param text the plain-text fallback Slack shows in notifications and where blocks cannot be shown
 * @param blocks the Block Kit layout, empty for a notice
 * @param notice a rate-limit, busy or refusal notice: shown only to the asker, never in the channel
 */
record SlackMessage(String text, List<LayoutBlock> blocks, boolean notice) {
    SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** The blocks, or null for none: Slack refuses an empty {@code blocks} array, and null leaves it out. */
    List<LayoutBlock> blocksOrNull() {
        return blocks.isEmpty() ? null : blocks;
    }

    static SlackMessage notice(String text) {
        return new SlackMessage(text, List.of(), true);
    }
}
