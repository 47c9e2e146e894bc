package dev.watchkeeper.core.incident.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.incident.AtOnce;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link IncidentStore} must have. Extended by the in-memory test here and by
 * the Redis integration test; {@link #reopened} lets a persistent store prove it survives a
 * restart, and {@link #otherInstance} that two instances of the bot share one store.
 */
public abstract class IncidentStoreContract {
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final UserRef STAFF = new UserRef(Platform.DISCORD, "900", "ops", "Ops Lead", false);
    private static final UserRef ANNA = UserRef.member(Platform.TELEGRAM, "42");
    private static final UserRef BORIS = UserRef.member(Platform.DISCORD, "77");

    protected IncidentStore store;

    /** A new, empty store. */
    protected abstract IncidentStore newStore();

    /** A store instance over the same data, as after a restart; the same instance if it cannot restart. */
    protected IncidentStore reopened(IncidentStore current) {
        return current;
    }

    /** Another instance of the bot on the same data; the same instance for a store of one process. */
    protected IncidentStore otherInstance(IncidentStore current) {
        return current;
    }

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** A new incident, not yet stored, opened {@code minutesAgo} before the tests' now. */
    public static Incident incident(long number, String title, long minutesAgo) {
        Instant at = NOW.minus(Duration.ofMinutes(minutesAgo));
        return new Incident(
                IncidentId.of("INC", number),
                0,
                title,
                IncidentStatus.INVESTIGATING,
                Map.of(),
                null,
                Set.of("withdrawal-pending"),
                STAFF,
                IncidentTimes.opened(at.minusSeconds(300), at.minusSeconds(60), at),
                List.of());
    }

    /** A member who asked in private, answered in {@code language}. */
    public static LinkedMember linked(UserRef member, String language, @Nullable TicketId ticket) {
        return new LinkedMember(
                member, new ChatRef(member.platform(), member.id(), ChatType.PRIVATE), language, ticket, NOW);
    }

    @Test
    void anIncidentsPhrasingsSurviveARestartInOrder() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 5)
                .withPhrasings(List.of("вывод завис уже 3 часа", "提现卡住了", "withdrawal stuck 2 hours??")));
        store.compareAndSet(created, created.withPhrasings(List.of("mi retiro sigue pendiente")));

        Incident read = reopened(store).find(created.id()).orElseThrow();

        assertThat(read.phrasings())
                .containsExactly(
                        "вывод завис уже 3 часа", "提现卡住了", "withdrawal stuck 2 hours??", "mi retiro sigue pendiente");
    }

    @Test
    void numbersAreNeverHandedOutTwice() {
        Set<Long> numbers = new HashSet<>();
        IncidentStore other = otherInstance(store);
        for (int i = 0; i < 20; i++) {
            assertThat(numbers.add(store.nextNumber())).isTrue();
            assertThat(numbers.add(other.nextNumber())).isTrue();
        }
    }

    @Test
    void createdIncidentIsFoundAtVersionOne() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));

        assertThat(created.version()).isEqualTo(1);
        assertThat(store.find(created.id())).contains(created);
        assertThat(store.find(new IncidentId("INC-404"))).isEmpty();
    }

    @Test
    void creatingATakenIdIsRefused() {
        store.create(incident(1, "Withdrawals stuck", 0));

        assertThatThrownBy(() -> store.create(incident(1, "Logins fail", 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INC-1");
        assertThat(store.find(new IncidentId("INC-1")).orElseThrow().title()).isEqualTo("Withdrawals stuck");
    }

    @Test
    void compareAndSetWritesTheNextVersionAndRefusesAStaleOne() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));
        Incident identified = store.compareAndSet(
                        created,
                        created.updated(IncidentStatus.IDENTIFIED, "en", "A node is behind", NOW.plusSeconds(60))
                                .withAnnouncement(
                                        new MessageRef(new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP), "5001")))
                .orElseThrow();

        assertThat(identified.version()).isEqualTo(2);
        assertThat(store.compareAndSet(created, created.withTopic("deposit-missing")))
                .isEmpty();
        assertThat(store.find(created.id())).contains(identified);
        assertThat(store.compareAndSet(
                        incident(404, "Nothing", 0), incident(404, "Nothing", 0).withTopic("x")))
                .isEmpty();
    }

    @Test
    void compareAndSetMustKeepTheId() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));

        assertThatThrownBy(() -> store.compareAndSet(created, incident(2, "Other", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofWritersOnTwoInstancesAtOnceExactlyOneWins() throws Exception {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));
        List<IncidentStore> instances = List.of(store, otherInstance(store));

        List<Incident> won = AtOnce.run(
                        8,
                        i -> () -> instances
                                .get(i % 2)
                                .compareAndSet(
                                        created, created.updated(IncidentStatus.IDENTIFIED, "en", "update " + i, NOW)))
                .stream()
                .flatMap(Optional::stream)
                .toList();

        assertThat(won).hasSize(1);
        assertThat(store.find(created.id())).contains(won.getFirst());
        assertThat(won.getFirst().version()).isEqualTo(2);
    }

    @Test
    void openListsUnresolvedOldestFirstAndRecentListsAllNewestFirst() {
        Incident oldest = store.create(incident(1, "Withdrawals stuck", 90));
        Incident middle = store.create(incident(2, "Logins fail", 60));
        Incident newest = store.create(incident(3, "App crashes", 30));
        Incident resolved = store.compareAndSet(middle, middle.updated(IncidentStatus.RESOLVED, "en", "Fixed", NOW))
                .orElseThrow();

        assertThat(store.open()).containsExactly(oldest, newest);
        assertThat(store.recent(10)).containsExactly(newest, resolved, oldest);
        assertThat(store.recent(2)).containsExactly(newest, resolved);
        assertThat(otherInstance(store).open()).containsExactly(oldest, newest);
    }

    @Test
    void aStoreWithoutIncidentsListsNone() {
        assertThat(store.open()).isEmpty();
        assertThat(store.recent(5)).isEmpty();
        assertThat(store.timeline(new IncidentId("INC-1"))).isEmpty();
        assertThat(store.linked(new IncidentId("INC-1"))).isEmpty();
        assertThat(store.statusAnswers(new IncidentId("INC-1"))).isZero();
    }

    @Test
    void timelineKeepsTheOrderItWasWrittenIn() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));
        List<TimelineEntry> entries = List.of(
                new TimelineEntry(NOW, TimelineEntry.Kind.OPENED, "Ops Lead (discord)", "Withdrawals stuck"),
                new TimelineEntry(NOW.plusSeconds(5), TimelineEntry.Kind.LINKED, null, "WK-1001"),
                new TimelineEntry(NOW.plusSeconds(4), TimelineEntry.Kind.UPDATED, "Ops Lead (discord)", "identified"),
                new TimelineEntry(
                        NOW.plusSeconds(60), TimelineEntry.Kind.TRANSLATED, "Ops Lead (discord)", "de: «Abhebungen»"));

        entries.forEach(entry -> store.appendTimeline(created.id(), entry));

        assertThat(store.timeline(created.id())).containsExactlyElementsOf(entries);
        assertThat(otherInstance(store).timeline(created.id())).containsExactlyElementsOf(entries);
        assertThat(store.timeline(new IncidentId("INC-2"))).isEmpty();
    }

    @Test
    void aMemberIsLinkedOnceAndTheirLatestTicketKept() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));
        LinkedMember anna = linked(ANNA, "ru", null);
        LinkedMember boris = linked(BORIS, "en", new TicketId("WK-1002"));

        assertThat(store.link(created.id(), anna)).isTrue();
        assertThat(store.link(created.id(), linked(ANNA, "de", null))).isFalse();
        assertThat(store.link(created.id(), boris)).isTrue();
        assertThat(store.link(created.id(), linked(ANNA, "de", new TicketId("WK-1001"))))
                .isTrue();
        assertThat(store.link(created.id(), linked(ANNA, "de", new TicketId("WK-1001"))))
                .isFalse();
        // a member has one open ticket: a later one held with the incident replaces the first
        assertThat(store.link(created.id(), linked(ANNA, "de", new TicketId("WK-1003"))))
                .isTrue();

        LinkedMember annaWithTicket = anna.withTicket(new TicketId("WK-1003"));
        assertThat(store.linked(created.id())).containsExactly(annaWithTicket, boris);
        assertThat(store.linkOf(created.id(), anna.key())).contains(annaWithTicket);
        assertThat(store.linkOf(created.id(), "telegram:404")).isEmpty();
        assertThat(otherInstance(store).linked(created.id())).containsExactly(annaWithTicket, boris);
    }

    @Test
    void aTicketBelongsToTheFirstIncidentItWasLinkedTo() {
        Incident first = store.create(incident(1, "Withdrawals stuck", 10));
        Incident second = store.create(incident(2, "Logins fail", 0));

        store.link(first.id(), linked(ANNA, "en", new TicketId("WK-1001")));
        store.link(second.id(), linked(ANNA, "en", new TicketId("WK-1001")));

        assertThat(store.incidentOfTicket(new TicketId("WK-1001"))).contains(first.id());
        assertThat(otherInstance(store).incidentOfTicket(new TicketId("WK-1001")))
                .contains(first.id());
        assertThat(store.incidentOfTicket(new TicketId("WK-1404"))).isEmpty();
    }

    @Test
    void theResolutionNoticeOfAMemberIsClaimedOnceWhenEightThreadsRace() throws Exception {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));
        List<IncidentStore> instances = List.of(store, otherInstance(store));

        List<Boolean> claims =
                AtOnce.run(8, i -> () -> instances.get(i % 2).claimResolutionNotice(created.id(), "telegram:42"));

        assertThat(claims).containsOnlyOnce(true);
        assertThat(store.claimResolutionNotice(created.id(), "discord:77")).isTrue();
        assertThat(store.claimResolutionNotice(new IncidentId("INC-2"), "telegram:42"))
                .isTrue();
    }

    @Test
    void statusAnswersAreCountedPerIncident() {
        Incident first = store.create(incident(1, "Withdrawals stuck", 10));
        Incident second = store.create(incident(2, "Logins fail", 0));

        for (int i = 0; i < 3; i++) {
            store.countStatusAnswer(first.id());
        }
        otherInstance(store).countStatusAnswer(first.id());
        store.countStatusAnswer(second.id());

        assertThat(store.statusAnswers(first.id())).isEqualTo(4);
        assertThat(store.statusAnswers(second.id())).isEqualTo(1);
    }

    @Test
    void countingAnswersDoesNotDisturbCompareAndSet() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));
        store.countStatusAnswer(created.id());

        assertThat(store.compareAndSet(created, created.withTopic("deposit-missing")))
                .isPresent();
        assertThat(store.statusAnswers(created.id())).isEqualTo(1);
    }

    @Test
    void alertsAreSavedAndFoundByTheirId() {
        SignalAlert alert = new SignalAlert(
                "mzk1a-5f3e2c", "withdrawal-pending", "My withdrawal is pending", NOW.minusSeconds(420), NOW, 14);

        store.saveAlert(alert);

        assertThat(store.findAlert("mzk1a-5f3e2c")).contains(alert);
        assertThat(otherInstance(store).findAlert("mzk1a-5f3e2c")).contains(alert);
        assertThat(store.findAlert("mzk1a-000000")).isEmpty();
    }

    @Test
    void keepsIncidentsTimelinesLinksAndClaimsAcrossARestart() {
        Incident created = store.create(incident(1, "Withdrawals stuck", 0));
        Incident resolved = store.compareAndSet(
                        created,
                        created.updated(IncidentStatus.RESOLVED, "en", "Fixed", NOW.plusSeconds(600))
                                .translated("es", "Resuelto", NOW.plusSeconds(601)))
                .orElseThrow();
        TimelineEntry opened = new TimelineEntry(NOW, TimelineEntry.Kind.OPENED, "Ops Lead (discord)", "Withdrawals");
        store.appendTimeline(created.id(), opened);
        LinkedMember anna = linked(ANNA, "ru", new TicketId("WK-1001"));
        store.link(created.id(), anna);
        store.claimResolutionNotice(created.id(), anna.key());
        store.countStatusAnswer(created.id());
        long number = store.nextNumber();

        IncidentStore after = reopened(store);

        assertThat(after.find(created.id())).contains(resolved);
        assertThat(after.recent(1)).containsExactly(resolved);
        assertThat(after.open()).isEmpty();
        assertThat(after.timeline(created.id())).containsExactly(opened);
        assertThat(after.linked(created.id())).containsExactly(anna);
        assertThat(after.incidentOfTicket(new TicketId("WK-1001"))).contains(created.id());
        assertThat(after.claimResolutionNotice(created.id(), anna.key())).isFalse();
        assertThat(after.statusAnswers(created.id())).isEqualTo(1);
        assertThat(after.nextNumber()).isGreaterThan(number);
    }
}
