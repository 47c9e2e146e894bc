package dev.watchkeeper.core.model;

import java.time.Instant;

/**
 * Something a platform adapter hands to the engine: a message, or a member's pick of an offered
 * choice (a button or a numbered option). Adapters map platform events to these at the edge.
 */
public sealed interface Inbound permits InboundMessage, ChoiceSelected, MemberJoined {
    /** The chat the event happened in. */
    ChatRef chat();

    /** The account that caused the event. */
    UserRef author();

    /** When the platform says the event happened. */
    Instant time();
}
