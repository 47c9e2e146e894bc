package dev.watchkeeper.core.ticket;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One escalation ticket. Immutable: every change is a new value, written back with
 * {@link TicketStore#compareAndSet}; {@link #version()} is what makes that check possible and is
 * set by the store.
 *
 * @param id the short id, such as {@code WK-1042}
 * @param version the store's version of this value; 0 before it is stored
 * @param verificationCode the code a member can check with {@code /verify}
 * @param reason why the ticket was opened
 * @param category what it is about
 * @param priority how urgent it is
 * @param status where it is in its life
 * @param member the member-side address
 * @param staff the staff-side address
 * @param language the member's language (IETF tag)
 * @param assignee the agent who claimed it, while claimed
 * @param content the transcript, context and resolution note
 * @param times timestamps
 * @param rating the member's rating, once given
 * @param breaches the SLA targets already reported as breached, so each is alerted once
 */
public record Ticket(
        TicketId id,
        long version,
        String verificationCode,
        HandOver.Reason reason,
        Category category,
        Priority priority,
        TicketStatus status,
        MemberSide member,
        StaffSpace staff,
        String language,
        @Nullable UserRef assignee,
        TicketContent content,
        TicketTimes times,
        @Nullable Rating rating,
        Set<SlaKind> breaches) {
    public Ticket {
        requireNonNull(id, "id");
        requireNonNull(verificationCode, "verificationCode");
        requireNonNull(reason, "reason");
        requireNonNull(category, "category");
        requireNonNull(priority, "priority");
        requireNonNull(status, "status");
        requireNonNull(member, "member");
        requireNonNull(staff, "staff");
        requireNonNull(language, "language");
        requireNonNull(content, "content");
        requireNonNull(times, "times");
        breaches = breaches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(breaches));
    }

    /** The agent who owns the ticket, while it is open and claimed. */
    public Optional<UserRef> owner() {
        return status.isOpen() ? Optional.ofNullable(assignee) : Optional.empty();
    }

    /** True when this agent owns the ticket. */
    public boolean isOwnedBy(UserRef agent) {
        return owner().map(AccountId::of).filter(AccountId.of(agent)::equals).isPresent();
    }

    /** This value as stored at a version. */
    public Ticket withVersion(long newVersion) {
        return new Ticket(
                id,
                newVersion,
                verificationCode,
                reason,
                category,
                priority,
                status,
                member,
                staff,
                language,
                assignee,
                content,
                times,
                rating,
                breaches);
    }

    Ticket withStatus(TicketStatus newStatus, @Nullable UserRef newAssignee, Instant now) {
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                newStatus,
                member,
                staff,
                language,
                newAssignee,
                content,
                times.touched(now),
                rating,
                breaches);
    }

    Ticket withTurn(Turn turn, TicketContext found, int maxTurns) {
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                status,
                member,
                staff,
                language,
                assignee,
                content.with(turn, found, maxTurns),
                times.touched(turn.at()),
                rating,
                breaches);
    }

    Ticket withMember(MemberSide newMember, TicketStatus newStatus, Instant now) {
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                newStatus,
                newMember,
                staff,
                language,
                assignee,
                content,
                times.touched(now),
                rating,
                breaches);
    }

    Ticket withStaff(StaffSpace newStaff, Instant now) {
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                status,
                member,
                newStaff,
                language,
                assignee,
                content,
                times.touched(now),
                rating,
                breaches);
    }

    Ticket withCategory(Category newCategory, HandOver.Reason newReason, Instant now) {
        Priority raised = newCategory.priority().compareTo(priority) < 0 ? newCategory.priority() : priority;
        return new Ticket(
                id,
                version,
                verificationCode,
                newReason,
                newCategory,
                raised,
                status,
                member,
                staff,
                language,
                assignee,
                content,
                times.touched(now),
                rating,
                breaches);
    }

    Ticket responded(Instant now) {
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                status,
                member,
                staff,
                language,
                assignee,
                content,
                times.responded(now),
                rating,
                breaches);
    }

    Ticket resolved(String note, Instant now) {
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                TicketStatus.RESOLVED,
                member,
                staff,
                language,
                assignee,
                content.resolvedWith(note),
                times.resolved(now),
                rating,
                breaches);
    }

    Ticket rated(Rating newRating) {
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                status,
                member,
                staff,
                language,
                assignee,
                content,
                times,
                newRating,
                breaches);
    }

    Ticket breached(SlaKind kind) {
        Set<SlaKind> all = EnumSet.of(kind);
        all.addAll(breaches);
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                status,
                member,
                staff,
                language,
                assignee,
                content,
                times,
                rating,
                all);
    }

    /** This ticket with every personal detail removed: content, names, chats, rating comment. */
    Ticket erased(UserRef placeholder, Instant now) {
        MemberSide anonymous =
                MemberSide.from(placeholder, new ChatRef(placeholder.platform(), placeholder.id(), ChatType.PRIVATE));
        Rating scoreOnly = rating == null ? null : new Rating(rating.score(), null, false, rating.at());
        return new Ticket(
                id,
                version,
                verificationCode,
                reason,
                category,
                priority,
                status,
                anonymous,
                staff,
                language,
                assignee,
                TicketContent.erased(),
                times.touched(now),
                scoreOnly,
                breaches);
    }
}
