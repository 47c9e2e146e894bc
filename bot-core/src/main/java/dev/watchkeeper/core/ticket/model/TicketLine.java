package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as a list of tickets shows it: what it is about, where it stands and the member's last
 * words, without the conversation, its context or the resolution note. A store may keep it beside
 * the ticket, so that a list of thousands reads a few hundred bytes a ticket.
 *
 * @param id the ticket's id
 * @param version the version of the ticket this line was made from
 * @param category what it is about
 * @param priority how urgent it is
 * @param status where it is in its life
 * @param member the member
 * @param language the member's language
 * @param assignee the agent who claimed it, while claimed
 * @param times its timestamps
 * @param breaches the SLA targets recorded as breached
 * @param lastWords the member's last message (commands left out), at most {@value #LAST_WORDS}
 *     characters, or empty; redacted as the transcript is
 */
public record TicketLine(
        TicketId id,
        long version,
        Category category,
        Priority priority,
        TicketStatus status,
        UserRef member,
        String language,
        @Nullable UserRef assignee,
        TicketTimes times,
        Set<SlaKind> breaches,
        String lastWords) {
    /** The longest {@link #lastWords} kept. */
    public static final int LAST_WORDS = 120;

    public TicketLine {
        requireNonNull(id, "id");
        requireNonNull(category, "category");
        requireNonNull(priority, "priority");
        requireNonNull(status, "status");
        requireNonNull(member, "member");
        requireNonNull(language, "language");
        requireNonNull(times, "times");
        requireNonNull(lastWords, "lastWords");
        breaches = breaches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(breaches));
    }

    /** The line of a ticket. */
    public static TicketLine of(Ticket ticket) {
        return new TicketLine(
                ticket.id(),
                ticket.version(),
                ticket.category(),
                ticket.priority(),
                ticket.status(),
                ticket.member().member(),
                ticket.language(),
                ticket.assignee(),
                ticket.times(),
                ticket.breaches(),
                lastWords(ticket.content().transcript()));
    }

    /** The agent who owns the ticket, while it is open and claimed. */
    public Optional<UserRef> owner() {
        return status.isOpen() ? Optional.ofNullable(assignee) : Optional.empty();
    }

    private static String lastWords(List<Turn> transcript) {
        for (int i = transcript.size() - 1; i >= 0; i--) {
            Turn turn = transcript.get(i);
            if (turn.speaker() == Turn.Speaker.MEMBER && !turn.text().strip().startsWith("/")) {
                String flat = turn.text().replaceAll("\\s+", " ").strip();
                return flat.length() <= LAST_WORDS ? flat : flat.substring(0, LAST_WORDS - 1) + "…";
            }
        }
        return "";
    }
}
