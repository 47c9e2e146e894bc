package dev.watchkeeper.web.inbox;

import static dev.watchkeeper.web.inbox.TicketSamples.ALEX;
import static dev.watchkeeper.web.inbox.TicketSamples.KAI;
import static dev.watchkeeper.web.inbox.TicketSamples.NOW;
import static dev.watchkeeper.web.inbox.TicketSamples.member;
import static dev.watchkeeper.web.inbox.TicketSamples.said;
import static dev.watchkeeper.web.inbox.TicketSamples.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.SlaPolicy;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.Turn;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketInboxTest {
    private static final AccountId ME = AccountId.of(ALEX);

    private final TicketStore store = new InMemoryTicketStore();
    private final TicketInbox inbox = new TicketInbox(store, SlaPolicy.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void listsTicketsOfBothPlatformsByPriorityThenSoonestDue() {
        store.openOrGet(ticket(1, member(Platform.TELEGRAM, "1"), NOW.minus(Duration.ofMinutes(10))));
        store.openOrGet(ticket(2, member(Platform.DISCORD, "2"), NOW.minus(Duration.ofHours(3))));
        store.openOrGet(ticket(
                3,
                member(Platform.DISCORD, "3"),
                Priority.URGENT,
                TicketStatus.OPEN,
                "en",
                null,
                NOW.minus(Duration.ofMinutes(1)),
                List.of()));
        store.openOrGet(ticket(
                4, member(Platform.TELEGRAM, "4"), Priority.HIGH, TicketStatus.OPEN, "ru", null, NOW, List.of()));

        InboxPage page = inbox.page(InboxFilter.open(), ME);

        assertThat(page.rows()).extracting(InboxRow::id).containsExactly("WK-3", "WK-4", "WK-2", "WK-1");
        assertThat(page.rows()).extracting(InboxRow::platform).contains("telegram", "discord");
        assertThat(page.languages()).containsExactly("en", "ru");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void narrowsByEveryFilter() {
        store.openOrGet(ticket(1, member(Platform.TELEGRAM, "1"), NOW.minus(Duration.ofHours(5))));
        store.openOrGet(ticket(
                2,
                member(Platform.DISCORD, "2"),
                Priority.HIGH,
                TicketStatus.CLAIMED,
                "es",
                ALEX,
                NOW.minus(Duration.ofMinutes(50)),
                List.of()));
        store.openOrGet(ticket(
                3, member(Platform.DISCORD, "3"), Priority.NORMAL, TicketStatus.CLAIMED, "en", KAI, NOW, List.of()));
        store.openOrGet(ticket(4, member(Platform.TELEGRAM, "4"), NOW).resolved("done", NOW));

        assertThat(ids(Map.of("assignee", "me"))).containsExactly("WK-2");
        assertThat(ids(Map.of("assignee", "unassigned"))).containsExactly("WK-1");
        assertThat(ids(Map.of("status", "claimed"))).containsExactly("WK-2", "WK-3");
        assertThat(ids(Map.of("status", "resolved"))).containsExactly("WK-4");
        assertThat(ids(Map.of("priority", "high"))).containsExactly("WK-2");
        assertThat(ids(Map.of("platform", "telegram"))).containsExactly("WK-1");
        assertThat(ids(Map.of("language", "es"))).containsExactly("WK-2");
        assertThat(ids(Map.of("sla", "breached"))).containsExactly("WK-1");
        assertThat(ids(Map.of("sla", "at_risk"))).containsExactly("WK-2");
        assertThat(ids(Map.of("sla", "ok"))).containsExactly("WK-3");
    }

    @Test
    void cutsIntoPagesOfFiftyAndKeepsAPageBeyondTheLastOnTheLast() {
        for (int i = 1; i <= 120; i++) {
            store.openOrGet(ticket(i, member(Platform.TELEGRAM, "m" + i), NOW.minusSeconds(i)));
        }

        InboxPage third = inbox.page(InboxFilter.open().onPage(3), ME);
        InboxPage beyond = inbox.page(InboxFilter.open().onPage(9), ME);

        assertThat(inbox.page(InboxFilter.open(), ME).rows()).hasSize(TicketInbox.PAGE_SIZE);
        assertThat(third.rows()).hasSize(20);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.hasPrevious()).isTrue();
        assertThat(beyond.filter().page()).isEqualTo(3);
        assertThat(third.pageQuery(2)).isEqualTo("page=2");
    }

    @Test
    void showsTheMembersLastWordsWithoutCommands() {
        store.openOrGet(ticket(
                1,
                member(Platform.TELEGRAM, "1"),
                Priority.NORMAL,
                TicketStatus.OPEN,
                "en",
                null,
                NOW,
                List.of(
                        said(Turn.Speaker.MEMBER, "my deposit is missing"),
                        said(Turn.Speaker.MEMBER, "/human"),
                        said(Turn.Speaker.BOT, "An agent will be with you"))));

        assertThat(inbox.page(InboxFilter.open(), ME).rows().getFirst().lastMessage())
                .isEqualTo("my deposit is missing");
    }

    @Test
    void theFingerprintChangesWhenAShownTicketChangesAndNotOtherwise() {
        Ticket stored = store.openOrGet(ticket(1, member(Platform.TELEGRAM, "1"), NOW));
        store.openOrGet(ticket(2, member(Platform.TELEGRAM, "2"), NOW).resolved("done", NOW));
        InboxFilter open = InboxFilter.open();
        String before = inbox.fingerprint(open, ME);

        assertThat(inbox.fingerprint(open, ME)).isEqualTo(before);
        store.compareAndSet(stored, stored.withStatus(TicketStatus.CLAIMED, ALEX, NOW));
        assertThat(inbox.fingerprint(open, ME)).isNotEqualTo(before);
    }

    private List<String> ids(Map<String, String> query) {
        return inbox.page(InboxFilter.parse(query), ME).rows().stream()
                .map(InboxRow::id)
                .toList();
    }
}
