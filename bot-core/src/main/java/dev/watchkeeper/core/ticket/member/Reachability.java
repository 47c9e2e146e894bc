package dev.watchkeeper.core.ticket.member;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.ticket.message.Outbox;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import dev.watchkeeper.core.ticket.model.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the bot can reach a ticket's member privately. When the adapter reports a bounced
 * private message, the member is told in the chat they asked in how to open the private chat
 * (platform by platform) and the ticket waits; when they write privately, the ticket continues
 * and they get the agent replies they missed.
 */
final class Reachability {
    private final TicketSettings settings;
    private final Translations<TicketTexts> texts;
    private final TicketWriter writer;
    private final Outbox outbox;
    private final StaffTexts staff;

    Reachability(
            TicketSettings settings,
            Translations<TicketTexts> texts,
            TicketWriter writer,
            Outbox outbox,
            StaffTexts staff) {
        this.settings = settings;
        this.texts = texts;
        this.writer = writer;
        this.outbox = outbox;
        this.staff = staff;
    }

    List<Decision> unreachable(TicketId id, Instant now) {
        Optional<Ticket> updated = writer.update(
                id,
                t -> t.status().isOpen() && t.member().reachable()
                        ? Optional.of(t.withMember(t.member().unreachable(now), TicketStatus.WAITING_ON_MEMBER, now))
                        : Optional.empty());
        if (updated.isEmpty()) {
            return List.of();
        }
        Ticket ticket = updated.get();
        List<Decision> out = new ArrayList<>();
        if (!ticket.member().origin().isPrivate()) {
            out.add(Reply.naming(
                    ReplyTarget.chat(ticket.member().origin()),
                    howToReach(ticket),
                    List.of(ticket.member().member())));
        }
        out.add(outbox.toSpace(ticket, staff.say(StaffText.UNREACHABLE)));
        return out;
    }

    private String howToReach(Ticket ticket) {
        String name = Mentions.placeholder(0);
        TicketTexts texts = this.texts.in(ticket.language());
        return switch (ticket.member().member().platform()) {
            case TELEGRAM ->
                texts.unreachableTelegram()
                        .formatted(
                                name,
                                settings.botHandle(ticket.member().member().platform())
                                        .orElse(texts.supportBotName()),
                                ticket.id());
            case DISCORD -> texts.unreachableDiscord().formatted(name, ticket.id());
            case CONSOLE -> texts.unreachableOther().formatted(name, ticket.id());
        };
    }

    Ticket reconnect(Ticket ticket, ChatRef privateChat, Instant now, List<Decision> out) {
        Instant since = ticket.member().unreachableSince();
        Ticket updated = writer.always(
                        ticket.id(),
                        t -> t.withMember(
                                t.member().reachedAt(privateChat),
                                t.status() == TicketStatus.WAITING_ON_MEMBER
                                        ? (t.assignee() != null ? TicketStatus.CLAIMED : TicketStatus.OPEN)
                                        : t.status(),
                                now))
                .orElse(ticket);
        if (since != null) {
            out.add(outbox.toMember(
                    updated,
                    texts.in(updated.language()).reconnected().formatted(updated.id(), updated.verificationCode())));
            updated.content().transcript().stream()
                    .filter(turn ->
                            turn.speaker() == Turn.Speaker.AGENT && !turn.at().isBefore(since))
                    .forEach(turn -> out.add(outbox.toMember(
                            updated, texts.in(updated.language()).agentSays().formatted(updated.id(), turn.text()))));
            out.add(outbox.toSpace(updated, staff.say(StaffText.REACHABLE_AGAIN)));
        }
        return updated;
    }
}
