package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static dev.watchkeeper.core.ticket.DeskFixture.BOB;
import static dev.watchkeeper.core.ticket.DeskFixture.CAROL;
import static dev.watchkeeper.core.ticket.DeskFixture.STAFF;
import static dev.watchkeeper.core.ticket.DeskFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStoreContract;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.report.RetentionPurge;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketPrivacyTest {
    private static final String SEED =
            "abandon ability able about above absent absorb abstract absurd abuse access accident";
    private static final String KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

    private final DeskFixture f = new DeskFixture();

    @Test
    void secretsAreRedactedBeforeAnythingIsStored() {
        // given a member who pastes a seed phrase and a key before asking for a person
        f.alicePrivately("is my wallet safe? " + SEED);
        f.alicePrivately("my key is " + KEY);

        // when
        List<Decision> decisions = f.alicePrivately("talk to a person");

        // then neither the ticket, the transcript log nor the card contain them
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.content().transcript())
                .extracting(Turn::text)
                .noneMatch(t -> t.contains("abandon") || t.contains(KEY));
        assertThat(f.transcripts.recent(new ConversationKey(DeskFixture.ALICE_DM, ALICE.id())))
                .extracting(Turn::text)
                .noneMatch(t -> t.contains("abandon") || t.contains(KEY));
        assertThat(only(decisions, OpenTicketSpace.class).getFirst().card())
                .contains("[redacted seed phrase]", "[redacted private key]")
                .doesNotContain("abandon", KEY);
    }

    @Test
    void personalDataIsMaskedInTheSharedSpaceButNotInTheOwnersTranscript() {
        // given a member who gives an email, phone and card number
        f.alicePrivately(
                "my withdrawal is stuck. email alice@example.com, phone +44 20 7946 0958, card 4111 1111 1111 1111");
        List<Decision> opened = f.alicePrivately("talk to a person");
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        f.desk.spaceOpened(ticket.id(), new StaffSpace(STAFF, DeskFixture.THREAD));

        // then the card shared with all staff is masked
        assertThat(only(opened, OpenTicketSpace.class).getFirst().card())
                .contains("a***@example.com", "[phone]", "[card]")
                .doesNotContain("alice@example.com", "7946", "4111");

        // and only the owner gets the full transcript, privately
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        List<Decision> denied = f.agentInThread(CAROL, "/transcript");
        List<Decision> own = f.agentInThread(BOB, "/transcript");

        assertThat(only(denied, SendPrivate.class)).isEmpty();
        assertThat(own).singleElement().isInstanceOfSatisfying(SendPrivate.class, dm -> {
            assertThat(dm.recipient()).isEqualTo(BOB);
            assertThat(dm.to().chat().type()).isEqualTo(ChatType.PRIVATE);
            assertThat(dm.text()).contains("alice@example.com", "+44 20 7946 0958");
        });
    }

    @Test
    void retentionPurgeDeletesOldResolvedTicketsAndTranscriptsOnly() {
        // given a resolved ticket and another member's open one, both old
        Ticket resolved = f.openTicketFromGroup("where is my deposit");
        f.agentInThread(BOB, "/close done");
        Ticket open = f.tickets.openOrGet(TicketStoreContract.ticket(
                5000, dev.watchkeeper.core.model.UserRef.member(dev.watchkeeper.core.model.Platform.TELEGRAM, "77")));
        f.clock.advance(Duration.ofDays(91));

        // when
        RetentionPurge.Purged purged =
                new RetentionPurge(f.tickets, f.transcripts, f.audit, f.settings).purgeExpired(f.clock.instant());

        // then
        assertThat(purged.tickets()).isEqualTo(1);
        assertThat(purged.transcriptTurns()).isPositive();
        assertThat(f.tickets.find(resolved.id())).isEmpty();
        assertThat(f.tickets.find(open.id())).isPresent();
        assertThat(f.transcripts.conversationsOf(AccountId.of(ALICE))).isEmpty();
        assertThat(f.audit.since(f.clock.instant())).singleElement().satisfies(e -> assertThat(e.action())
                .isEqualTo("purge"));
    }

    @Test
    void forgetMeCanBeCancelled() {
        f.openTicketFromGroup("where is my deposit");
        f.alicePrivately("/forgetme");

        List<Decision> cancelled = f.press(DeskFixture.ALICE_DM, ALICE, TicketChoices.FORGET_NO);

        assertThat(only(cancelled, Reply.class).getFirst().text()).contains("nothing was deleted");
        assertThat(f.tickets.openTicketOf(AccountId.of(ALICE))).isPresent();
    }
}
