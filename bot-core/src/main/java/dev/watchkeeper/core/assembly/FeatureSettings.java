package dev.watchkeeper.core.assembly;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.ticket.model.TicketSettings;

/**
 * How each feature behaves, mapped from the configuration.
 *
 * @param conversation the conversation engine's (answer thresholds, handles, languages)
 * @param tickets the ticket desk's (staff chats, SLA, retention)
 * @param moderation the moderation desk's (moderator chats, policies, moderators)
 */
public record FeatureSettings(EngineSettings conversation, TicketSettings tickets, ModerationSettings moderation) {
    public FeatureSettings {
        requireNonNull(conversation, "conversation");
        requireNonNull(tickets, "tickets");
        requireNonNull(moderation, "moderation");
    }
}
