package dev.watchkeeper.core.ticket.member;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The member's rating of a resolved ticket: a score from the buttons sent on close, accepted once
 * and only from the ticket's member, then an optional comment: the member's next private message
 * within a day.
 */
final class Ratings {
    private static final Duration COMMENT_WINDOW = Duration.ofDays(1);

    private final TicketStore tickets;
    private final SupportMetrics metrics;
    private final Translations<TicketTexts> texts;
    private final TicketWriter writer;

    Ratings(TicketStore tickets, SupportMetrics metrics, Translations<TicketTexts> texts, TicketWriter writer) {
        this.tickets = tickets;
        this.metrics = metrics;
        this.texts = texts;
        this.writer = writer;
    }

    List<Decision> rate(TicketChoices.RatingPick pick, ChoiceSelected choice, ReplyTarget to, Instant now) {
        AccountId member = AccountId.of(choice.author());
        Optional<Ticket> rated = writer.update(
                pick.ticket(),
                t -> t.member().account().equals(member) && t.status() == TicketStatus.RESOLVED && t.rating() == null
                        ? Optional.of(t.rated(new Rating(pick.score(), null, true, now)))
                        : Optional.empty());
        if (rated.isEmpty()) {
            return List.of();
        }
        metrics.rated(pick.score());
        writer.events().rated(rated.get(), now);
        return List.of(
                Reply.of(to, texts.in(rated.get().language()).ratingThanks().formatted(pick.score())));
    }

    /**
     * The member's private message as the comment on their latest rating, if one is awaited. While
     * the store is away, none is taken to be awaited: the message is answered as a question instead
     * (a comment is optional, an answer is what a member who asks needs).
     */
    Optional<List<Decision>> comment(InboundMessage message, Instant now) {
        List<Ticket> tickets;
        try {
            tickets = this.tickets.ticketsOf(AccountId.of(message.author()));
        } catch (StoreUnavailableException e) {
            return Optional.empty();
        }
        Optional<Ticket> awaiting = tickets.stream()
                .filter(t -> t.rating() != null && t.rating().commentPending())
                .filter(t -> t.rating().at().plus(COMMENT_WINDOW).isAfter(now))
                .max(Comparator.comparing(t -> t.rating().at()));
        if (awaiting.isEmpty() || message.text().isBlank()) {
            return Optional.empty();
        }
        String comment = writer.redact(message.text());
        writer.always(awaiting.get().id(), t -> t.rated(t.rating().withComment(comment)));
        return Optional.of(List.of(Reply.of(
                ReplyTarget.replyTo(message),
                texts.in(awaiting.get().language()).commentThanks())));
    }
}
