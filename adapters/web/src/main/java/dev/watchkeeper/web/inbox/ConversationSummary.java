package dev.watchkeeper.web.inbox;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A short summary of a ticket's conversation for an agent taking it over, made of its own
 * sentences (see {@link ConversationSummarizer}).
 *
 * @param firstQuestion what the member first asked, or null when they have not written yet
 * @param keyDetails the member's sentences with the most context (amounts, transaction ids,
 *     addresses, account ids, what went wrong), in the order they were said
 * @param lastBotAnswer the bot's last words to the member, or null
 * @param agentReplies how many messages agents sent the member
 * @param notes how many internal notes were written
 * @param lastAgentReply the last of the agents' messages, or null
 * @param lastNote the last internal note, or null
 */
public record ConversationSummary(
        @Nullable String firstQuestion,
        List<String> keyDetails,
        @Nullable String lastBotAnswer,
        int agentReplies,
        int notes,
        @Nullable String lastAgentReply,
        @Nullable String lastNote) {
    public ConversationSummary {
        keyDetails = List.copyOf(keyDetails);
    }

    /** True when there is nothing to summarise. */
    public boolean isEmpty() {
        return firstQuestion == null && lastBotAnswer == null && agentReplies == 0 && notes == 0;
    }
}
