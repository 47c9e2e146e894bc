package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.TicketId;
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
        Draft d = draft();
        d.version = newVersion;
        return d.build();
    }

    public Ticket withStatus(TicketStatus newStatus, @Nullable UserRef newAssignee, Instant now) {
        Draft d = draft();
        d.status = newStatus;
        d.assignee = newAssignee;
        d.times = times.touched(now);
        return d.build();
    }

    Ticket withTurn(Turn turn, TicketContext found, int maxTurns) {
        Draft d = draft();
        d.content = content.with(turn, found, maxTurns);
        d.times = times.touched(turn.at());
        return d.build();
    }

    public Ticket withMember(MemberSide newMember, TicketStatus newStatus, Instant now) {
        Draft d = draft();
        d.member = newMember;
        d.status = newStatus;
        d.times = times.touched(now);
        return d.build();
    }

    public Ticket withStaff(StaffSpace newStaff, Instant now) {
        Draft d = draft();
        d.staff = newStaff;
        d.times = times.touched(now);
        return d.build();
    }

    public Ticket withCategory(Category newCategory, HandOver.Reason newReason, Instant now) {
        Draft d = draft();
        d.reason = newReason;
        d.category = newCategory;
        d.priority = newCategory.priority().compareTo(priority) < 0 ? newCategory.priority() : priority;
        d.times = times.touched(now);
        return d.build();
    }

    public Ticket responded(Instant now) {
        Draft d = draft();
        d.times = times.responded(now);
        return d.build();
    }

    public Ticket resolved(String note, Instant now) {
        Draft d = draft();
        d.status = TicketStatus.RESOLVED;
        d.content = content.resolvedWith(note);
        d.times = times.resolved(now);
        return d.build();
    }

    public Ticket rated(Rating newRating) {
        Draft d = draft();
        d.rating = newRating;
        return d.build();
    }

    public Ticket breached(SlaKind kind) {
        Set<SlaKind> all = EnumSet.of(kind);
        all.addAll(breaches);
        Draft d = draft();
        d.breaches = all;
        return d.build();
    }

    /** This ticket with every personal detail removed: content, names, chats, rating comment. */
    public Ticket erased(UserRef placeholder, Instant now) {
        Draft d = draft();
        d.member =
                MemberSide.from(placeholder, new ChatRef(placeholder.platform(), placeholder.id(), ChatType.PRIVATE));
        d.content = TicketContent.erased();
        d.times = times.touched(now);
        d.rating = rating == null ? null : new Rating(rating.score(), null, false, rating.at());
        return d.build();
    }

    private Draft draft() {
        return new Draft(this);
    }

    /** A copy being changed: each change above sets the fields it changes and builds a new value. */
    private static final class Draft {
        private final TicketId id;
        private final String verificationCode;
        private final String language;
        private long version;
        private HandOver.Reason reason;
        private Category category;
        private Priority priority;
        private TicketStatus status;
        private MemberSide member;
        private StaffSpace staff;
        private @Nullable UserRef assignee;
        private TicketContent content;
        private TicketTimes times;
        private @Nullable Rating rating;
        private Set<SlaKind> breaches;

        Draft(Ticket t) {
            id = t.id;
            verificationCode = t.verificationCode;
            language = t.language;
            version = t.version;
            reason = t.reason;
            category = t.category;
            priority = t.priority;
            status = t.status;
            member = t.member;
            staff = t.staff;
            assignee = t.assignee;
            content = t.content;
            times = t.times;
            rating = t.rating;
            breaches = t.breaches;
        }

        Ticket build() {
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
                    breaches);
        }
    }
}
