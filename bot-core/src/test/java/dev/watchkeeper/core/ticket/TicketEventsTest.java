package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static dev.watchkeeper.core.ticket.DeskFixture.ALICE_DM;
import static dev.watchkeeper.core.ticket.DeskFixture.BOB;
import static dev.watchkeeper.core.ticket.DeskFixture.CAROL;
import static dev.watchkeeper.core.ticket.DeskFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.event.DomainEvent;
import dev.watchkeeper.core.event.EventType;
import dev.watchkeeper.core.event.TicketClaimed;
import dev.watchkeeper.core.event.TicketClosed;
import dev.watchkeeper.core.event.TicketOpened;
import dev.watchkeeper.core.event.TicketRated;
import dev.watchkeeper.core.event.TicketReplied;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.Ticket;
import org.junit.jupiter.api.Test;

/** The ticket desk tells each stored change once, with an id made from the change. */
class TicketEventsTest {
    private static final String KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

    private final DeskFixture f = new DeskFixture();

    @Test
    void aTicketsLifeIsToldInOrderOnceEach() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        f.agentInThread(BOB, "Hi Alice, can you send the tx hash?");
        f.alicePrivately("here it is");
        f.agentInThread(BOB, "/note internal only");
        f.agentInThread(BOB, "/close credited");
        f.press(ALICE_DM, ALICE, TicketChoices.rate(ticket.id(), 4));
        f.alicePrivately("thanks a lot");

        assertThat(f.events.all())
                .extracting(DomainEvent::type)
                .containsExactly(
                        EventType.TICKET_OPENED,
                        EventType.TICKET_CLAIMED,
                        EventType.TICKET_REPLIED,
                        EventType.TICKET_REPLIED,
                        EventType.TICKET_CLOSED,
                        EventType.TICKET_RATED);
        assertThat(f.events.all()).extracting(DomainEvent::id).doesNotHaveDuplicates();
        assertThat(f.events.all()).allSatisfy(e -> assertThat(e.platform()).isEqualTo(Platform.TELEGRAM));
    }

    @Test
    void eventsCarryTheTicketAsStoredAndWhoActed() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        long claimedAt = f.reload(ticket).version();
        f.agentInThread(BOB, "Hi Alice");
        f.agentInThread(BOB, "/close credited after confirmations");
        f.press(ALICE_DM, ALICE, TicketChoices.rate(ticket.id(), 5));

        TicketOpened opened = f.events.of(TicketOpened.class).getFirst();
        assertThat(opened.id()).isEqualTo("WK-1000/opened/1");
        assertThat(opened.ticket().member()).isEqualTo("telegram:42");
        assertThat(opened.ticket().community()).isEqualTo(DeskFixture.GROUP.id());
        assertThat(opened.ticket().status()).isEqualTo("open");
        assertThat(opened.reason()).isEqualTo("requested");
        TicketClaimed claimed = f.events.of(TicketClaimed.class).getFirst();
        assertThat(claimed.agent()).isEqualTo("discord:900");
        assertThat(claimed.ticket().status()).isEqualTo("claimed");
        assertThat(claimed.id()).isEqualTo("WK-1000/claimed/" + claimedAt);
        TicketReplied reply = f.events.of(TicketReplied.class).getFirst();
        assertThat(reply.from()).isEqualTo(TicketReplied.From.AGENT);
        assertThat(reply.agent()).isEqualTo("discord:900");
        assertThat(reply.text()).isEqualTo("Hi Alice");
        assertThat(f.events.of(TicketClosed.class).getFirst().resolution()).isEqualTo("credited after confirmations");
        assertThat(f.events.of(TicketRated.class).getFirst().score()).isEqualTo(5);
    }

    @Test
    void claimingAClaimedTicketTellsNothingMore() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        f.press(STAFF, CAROL, TicketChoices.claim(ticket.id()));

        assertThat(f.events.of(TicketClaimed.class)).singleElement();
    }

    @Test
    void closingAndRatingTwiceTellEachOnce() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        f.agentInThread(BOB, "Hi Alice");

        f.agentInThread(BOB, "/close done");
        f.agentInThread(BOB, "/close done again");
        f.press(ALICE_DM, ALICE, TicketChoices.rate(ticket.id(), 5));
        f.press(ALICE_DM, ALICE, TicketChoices.rate(ticket.id(), 1));

        assertThat(f.events.of(TicketClosed.class)).singleElement();
        assertThat(f.events.of(TicketRated.class)).singleElement().satisfies(r -> assertThat(r.score())
                .isEqualTo(5));
    }

    @Test
    void aReplyFromSomeoneWhoDoesNotOwnTheTicketIsNoEvent() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        f.agentInThread(CAROL, "I am not the owner");

        assertThat(f.events.of(TicketReplied.class)).isEmpty();
    }

    @Test
    void aMembersSecretNeverReachesAnEvent() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        f.alicePrivately("my private key is 0x" + KEY);

        TicketReplied message = f.events.of(TicketReplied.class).getFirst();
        assertThat(message.from()).isEqualTo(TicketReplied.From.MEMBER);
        assertThat(message.agent()).isNull();
        assertThat(message.text()).doesNotContain(KEY).contains("[redacted private key]");
    }
}
