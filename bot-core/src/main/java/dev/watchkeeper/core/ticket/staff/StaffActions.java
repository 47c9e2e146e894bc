package dev.watchkeeper.core.ticket.staff;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.language.UntranslatedNote;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.message.Outbox;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.message.TicketCards;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import dev.watchkeeper.core.ticket.model.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What staff can do to a ticket. Callers have checked that {@code agent} is staff; these methods
 * check ownership where it matters (only the owner speaks to the member) and refuse politely
 * where the ticket's state does not allow the action. Refusals go back to {@code here}, where the
 * agent acted.
 */
public final class StaffActions {
    private final StaffDirectory staffDirectory;
    private final KnowledgeBase knowledgeBase;
    private final SupportMetrics metrics;
    private final Translations<TicketTexts> texts;
    private final TicketWriter writer;
    private final TicketCards cards;
    private final Outbox outbox;
    private final StaffTexts staff;

    public StaffActions(
            StaffDirectory staffDirectory,
            KnowledgeBase knowledgeBase,
            SupportMetrics metrics,
            Translations<TicketTexts> texts,
            TicketWriter writer,
            TicketCards cards,
            Outbox outbox,
            StaffTexts staff) {
        this.staffDirectory = staffDirectory;
        this.knowledgeBase = knowledgeBase;
        this.metrics = metrics;
        this.texts = texts;
        this.writer = writer;
        this.cards = cards;
        this.outbox = outbox;
        this.staff = staff;
    }

    List<Decision> claim(TicketId id, UserRef agent, ReplyTarget here, Instant now) {
        String[] refusal = {staff.say(StaffText.NO_TICKET, id)};
        Optional<Ticket> claimed = writer.update(id, t -> {
            if (!t.status().isOpen()) {
                refusal[0] = staff.say(StaffText.ALREADY_RESOLVED, t.id());
                return Optional.empty();
            }
            if (t.assignee() != null) {
                refusal[0] = t.isOwnedBy(agent)
                        ? staff.say(StaffText.ALREADY_YOURS, t.id())
                        : staff.say(
                                StaffText.CLAIMED_BY_OTHER, t.id(), t.assignee().shownName());
                return Optional.empty();
            }
            TicketStatus status = t.member().reachable() ? TicketStatus.CLAIMED : TicketStatus.WAITING_ON_MEMBER;
            return Optional.of(t.withStatus(status, agent, now));
        });
        if (claimed.isEmpty()) {
            return List.of(Reply.of(here, refusal[0]));
        }
        Ticket t = claimed.get();
        writer.audit(now, agent, "claim", t.id().value(), "");
        writer.events().claimed(t, agent, now);
        return List.of(
                outbox.toSpace(t, staff.say(StaffText.CLAIMED_BY, agent.shownName())),
                outbox.toMember(t, texts.in(t.language()).claimed().formatted(t.id())));
    }

    List<Decision> release(Ticket ticket, UserRef agent, ReplyTarget here, Instant now) {
        Optional<Ticket> released = writer.update(
                ticket.id(),
                t -> t.isOwnedBy(agent)
                        ? Optional.of(t.withStatus(
                                t.member().reachable() ? TicketStatus.OPEN : TicketStatus.WAITING_ON_MEMBER, null, now))
                        : Optional.empty());
        if (released.isEmpty()) {
            return List.of(Reply.of(here, staff.say(StaffText.RELEASE_NOT_OWNER, ticket.id())));
        }
        writer.audit(now, agent, "release", ticket.id().value(), "");
        return List.of(outbox.toSpace(
                released.get(), staff.say(StaffText.RELEASED, agent.shownName()), outbox.cardActions(released.get())));
    }

    List<Decision> transfer(Ticket ticket, UserRef agent, String to, ReplyTarget here, Instant now) {
        Optional<UserRef> target = staffDirectory.find(to);
        if (to.isBlank() || target.isEmpty()) {
            return List.of(Reply.of(here, staff.say(StaffText.TRANSFER_USAGE)));
        }
        UserRef next = target.get();
        Optional<Ticket> moved = writer.update(
                ticket.id(),
                t -> t.status().isOpen()
                        ? Optional.of(t.withStatus(
                                t.member().reachable() ? TicketStatus.CLAIMED : TicketStatus.WAITING_ON_MEMBER,
                                next,
                                now))
                        : Optional.empty());
        if (moved.isEmpty()) {
            return List.of(Reply.of(here, staff.say(StaffText.TRANSFER_RESOLVED, ticket.id())));
        }
        writer.audit(now, agent, "transfer", ticket.id().value(), "to " + AccountId.of(next));
        return List.of(
                outbox.toSpace(moved.get(), staff.say(StaffText.TRANSFERRED, next.shownName(), agent.shownName())));
    }

    List<Decision> note(Ticket ticket, String text, ReplyTarget here, Instant now) {
        if (text.isBlank()) {
            return List.of(Reply.of(here, staff.say(StaffText.NOTE_USAGE)));
        }
        writer.append(ticket.id(), Turn.Speaker.NOTE, text, now);
        return List.of(Reply.of(here, staff.say(StaffText.NOTE_SAVED, ticket.id())));
    }

    List<Decision> relay(Ticket ticket, UserRef agent, String text, ReplyTarget here, Instant now) {
        if (!ticket.status().isOpen()) {
            return List.of(Reply.of(here, staff.say(StaffText.RELAY_RESOLVED, ticket.id())));
        }
        if (!ticket.isOwnedBy(agent)) {
            return ticket.owner().isPresent()
                    ? List.of()
                    : List.of(Reply.of(here, staff.say(StaffText.CLAIM_TO_REPLY, ticket.id())));
        }
        Ticket sent = respond(ticket, agent, text, now);
        if (!sent.member().reachable()) {
            // it would bounce again: the transcript keeps it, and it goes out when they open the chat
            return List.of(Reply.of(here, staff.say(StaffText.KEPT_FOR_MEMBER)));
        }
        return List.of(
                outbox.toMember(sent, texts.in(sent.language()).agentSays().formatted(sent.id(), text)));
    }

    List<Decision> insertAnswer(Ticket ticket, UserRef agent, String entryId, ReplyTarget here, Instant now) {
        if (!ticket.isOwnedBy(agent)) {
            return List.of(Reply.of(here, staff.say(StaffText.CLAIM_TO_SEND_ANSWER, ticket.id())));
        }
        Optional<KnowledgeEntry> entry =
                entryId.isBlank() ? Optional.empty() : knowledgeBase.entry(entryId, ticket.language());
        if (entry.isEmpty()) {
            return List.of(Reply.of(here, staff.say(StaffText.KB_UNKNOWN, entryId)));
        }
        TicketTexts member = texts.in(ticket.language());
        String text = "**" + entry.get().title() + "**\n\n"
                + UntranslatedNote.of(
                        entry.get().lang(), ticket.language(), member.onlyInEnglish(), member.notInYourLanguage())
                + entry.get().answer();
        Ticket sent = respond(
                ticket, agent, "[kb " + entry.get().id() + "] " + entry.get().title(), now);
        return List.of(
                outbox.toMember(sent, texts.in(sent.language()).agentSays().formatted(sent.id(), text)),
                outbox.toSpace(
                        sent,
                        staff.say(
                                StaffText.KB_SENT, entry.get().id(), entry.get().title())));
    }

    List<Decision> close(Ticket ticket, UserRef agent, String note, ReplyTarget here, Instant now) {
        String resolution = writer.redact(note.isBlank() ? "resolved" : note.strip());
        Optional<Ticket> closed = writer.update(
                ticket.id(), t -> t.status().isOpen() ? Optional.of(t.resolved(resolution, now)) : Optional.empty());
        if (closed.isEmpty()) {
            return List.of(Reply.of(here, staff.say(StaffText.ALREADY_RESOLVED, ticket.id())));
        }
        Ticket t = closed.get();
        metrics.ticketResolved(
                t.category(), t.priority(), Duration.between(t.times().openedAt(), now));
        writer.audit(now, agent, "close", t.id().value(), "");
        writer.events().closed(t, agent, now);
        List<Decision> out = new ArrayList<>();
        out.add(outbox.toMember(t, texts.in(t.language()).resolved().formatted(t.id(), resolution)));
        if (t.times().firstResponseAt() != null) {
            // only help that was given can be rated: a ticket closed before an agent answered asks nothing
            List<Choice> stars = IntStream.rangeClosed(1, 5)
                    .mapToObj(score -> new Choice(String.valueOf(score), TicketChoices.rate(t.id(), score)))
                    .toList();
            out.add(outbox.toMember(t, texts.in(t.language()).askRating().formatted(t.id()), stars));
        }
        out.add(new CloseTicketSpace(
                t.staff().target(),
                t.id(),
                staff.say(StaffText.RESOLVED_BY, agent.shownName(), cards.masked(resolution))));
        return out;
    }

    List<Decision> transcript(Ticket ticket, UserRef agent, ReplyTarget here) {
        if (!ticket.isOwnedBy(agent)) {
            return List.of(Reply.of(here, staff.say(StaffText.TRANSCRIPT_NOT_OWNER, ticket.id())));
        }
        ChatRef direct = new ChatRef(agent.platform(), agent.id(), ChatType.PRIVATE);
        return List.of(new SendPrivate(
                ReplyTarget.chat(direct), agent, ticket.id(), cards.agentTranscript(ticket), List.of()));
    }

    private Ticket respond(Ticket ticket, UserRef agent, String text, Instant now) {
        Optional<Ticket> stored = writer.append(ticket.id(), Turn.Speaker.AGENT, text, now, t -> t.responded(now));
        stored.ifPresent(t -> writer.events().agentReplied(t, agent, now));
        Ticket sent = stored.orElse(ticket);
        if (ticket.times().firstResponseAt() == null && sent.times().firstResponseAt() != null) {
            metrics.firstResponse(
                    sent.priority(),
                    Duration.between(sent.times().openedAt(), sent.times().firstResponseAt()));
        }
        return sent;
    }
}
