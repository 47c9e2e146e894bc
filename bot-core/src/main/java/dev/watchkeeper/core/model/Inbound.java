package dev.watchkeeper.core.model;

import java.time.Instant;

/**
 * Something a platform adapter hands to the engine: a message, a member's pick of an offered
 * choice (a button or a numbered option), a member joining, or what became of one of the bot's
 * own decisions (a ticket's thread opened, a private message refused). Adapters map platform
 * events to these at the edge and hand every one to {@link dev.watchkeeper.core.bot.Bot#handle}.
 */
public sealed interface Inbound
        permits InboundMessage,
                ChoiceSelected,
                MemberJoined,
                TicketSpaceOpened,
                PrivateMessageRefused,
                AnnouncementPosted {
    /** The chat the event happened in. */
    ChatRef chat();

    /** The account that caused the event. */
    UserRef author();

    /** When the platform says the event happened. */
    Instant time();
}
