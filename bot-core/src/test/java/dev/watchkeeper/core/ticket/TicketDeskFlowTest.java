package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static dev.watchkeeper.core.ticket.DeskFixture.ALICE_DM;
import static dev.watchkeeper.core.ticket.DeskFixture.BOB;
import static dev.watchkeeper.core.ticket.DeskFixture.CAROL;
import static dev.watchkeeper.core.ticket.DeskFixture.GROUP;
import static dev.watchkeeper.core.ticket.DeskFixture.STAFF;
import static dev.watchkeeper.core.ticket.DeskFixture.THREAD;
import static dev.watchkeeper.core.ticket.DeskFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.report.SlaMonitor;
import dev.watchkeeper.core.ticket.text.Amount;
import dev.watchkeeper.core.ticket.text.Chain;
import dev.watchkeeper.core.ticket.text.ChainReference;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketDeskFlowTest {
    private static final String TRON = "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8";

    private final DeskFixture f = new DeskFixture();

    @Test
    void handOverInGroupOpensTicketContinuesPrivatelyAndCardsGoToTheOtherPlatform() {
        // given Alice asked about a stuck withdrawal in the Telegram group
        f.aliceInGroup("my withdrawal of 250 USDT to " + TRON + " is stuck, UID 12345678");

        // when she asks for a person
        List<Decision> decisions = f.aliceInGroup("talk to a person");

        // then a ticket opens with what she said, categorised and with its context
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.id().value()).isEqualTo("WK-1000");
        assertThat(ticket.category()).isEqualTo(Category.WITHDRAWAL);
        assertThat(ticket.priority()).isEqualTo(Priority.HIGH);
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.content().context().addresses())
                .containsExactly(new ChainReference(ChainReference.Kind.ADDRESS, TRON, Chain.TRON));
        assertThat(ticket.content().context().accountIds()).containsExactly("12345678");
        assertThat(ticket.content().context().amounts()).containsExactly(new Amount(new BigDecimal("250"), "USDT"));
        // and the group is told to continue in private, without the verification code
        Reply inGroup = only(decisions, Reply.class).getFirst();
        assertThat(inGroup.to().chat()).isEqualTo(GROUP);
        assertThat(inGroup.text()).contains("WK-1000", "continue in private").doesNotContain(ticket.verificationCode());
        // and the private message carries the code and the anti-impersonation warning
        SendPrivate dm = only(decisions, SendPrivate.class).getFirst();
        assertThat(dm.to().chat()).isEqualTo(ALICE_DM);
        assertThat(dm.text()).contains(ticket.verificationCode(), "never DM you from a personal account");
        // and the card goes to the Discord staff chat with claim and close
        OpenTicketSpace card = only(decisions, OpenTicketSpace.class).getFirst();
        assertThat(card.to().chat().platform()).isEqualTo(Platform.DISCORD);
        assertThat(card.card()).contains("withdrawal", TRON, "12345678", "250 USDT");
        assertThat(card.actions()).extracting(c -> c.action()).containsExactly("tk:claim:WK-1000", "tk:close:WK-1000");
        assertThat(f.metrics.events).contains("opened WITHDRAWAL HIGH TELEGRAM");
    }

    @Test
    void fullFlowFromQuestionToRatingAndErasure() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        // while unclaimed, a private message is added to the ticket and still answered by the bot
        List<Decision> unclaimed = f.alicePrivately("where is my deposit? mail me at alice@example.com");
        assertThat(only(unclaimed, PostToTicketSpace.class)).singleElement().satisfies(p -> {
            assertThat(p.to().chat()).isEqualTo(STAFF);
            assertThat(p.to().threadId()).isEqualTo(THREAD);
            assertThat(p.text()).contains("a***@example.com").doesNotContain("alice@example.com");
        });
        assertThat(unclaimed).anyMatch(d -> d instanceof Answer || d instanceof Suggest);

        // Bob claims from the card
        List<Decision> claim = f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        assertThat(f.reload(ticket).owner()).contains(BOB);
        assertThat(only(claim, SendPrivate.class).getFirst().text()).contains("picked up");

        // Bob's reply in the thread is sent to Alice by the bot
        List<Decision> reply = f.agentInThread(BOB, "Hi Alice, can you send the tx hash?");
        assertThat(reply).singleElement().isInstanceOfSatisfying(SendPrivate.class, dm -> {
            assertThat(dm.to().chat()).isEqualTo(ALICE_DM);
            assertThat(dm.text()).isEqualTo("**Support · WK-1000:** Hi Alice, can you send the tx hash?");
        });
        assertThat(f.reload(ticket).times().firstResponseAt()).isEqualTo(DeskFixture.START);

        // Alice's answer goes to the thread and the bot does not answer it itself
        String hash = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
        List<Decision> relayed = f.alicePrivately("sure, tx hash " + hash);
        assertThat(relayed).singleElement().isInstanceOfSatisfying(PostToTicketSpace.class, post -> assertThat(
                        post.text())
                .contains(hash));
        assertThat(f.reload(ticket).content().context().transactions())
                .containsExactly(new ChainReference(ChainReference.Kind.TRANSACTION, hash, Chain.EVM));

        // an internal note is kept but not relayed
        List<Decision> note = f.agentInThread(BOB, "/note checked the explorer, 3 confirmations missing");
        assertThat(only(note, SendPrivate.class)).isEmpty();
        assertThat(f.reload(ticket).content().transcript())
                .anySatisfy(t -> assertThat(t.speaker()).isEqualTo(Turn.Speaker.NOTE));

        // a knowledge-base answer is inserted by id
        List<Decision> kb = f.agentInThread(BOB, "/kb deposit-missing");
        assertThat(only(kb, SendPrivate.class)).singleElement().satisfies(dm -> assertThat(dm.text())
                .contains("Check the confirmations on the explorer."));

        // closing asks Alice for a rating and closes the space
        List<Decision> close = f.agentInThread(BOB, "/close credited after confirmations");
        assertThat(f.reload(ticket).status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(only(close, CloseTicketSpace.class)).singleElement();
        SendPrivate ask = only(close, SendPrivate.class).getLast();
        assertThat(ask.options()).hasSize(5);

        // the rating and an optional comment are stored
        f.press(ALICE_DM, ALICE, ask.options().get(4).action());
        f.alicePrivately("quick and friendly");
        Rating rating = f.reload(ticket).rating();
        assertThat(rating).isNotNull();
        assertThat(rating.score()).isEqualTo(5);
        assertThat(rating.comment()).isEqualTo("quick and friendly");
        assertThat(f.metrics.events).contains("rated 5");

        // /forgetme asks first, then erases content and conversation state and audits
        List<Decision> confirm = f.alicePrivately("/forgetme");
        assertThat(only(confirm, Reply.class).getFirst().options()).hasSize(2);
        f.press(ALICE_DM, ALICE, TicketChoices.FORGET_YES);
        Ticket erased = f.reload(ticket);
        assertThat(erased.content()).isEqualTo(TicketContent.erased());
        assertThat(erased.member().member().shownName()).doesNotContain("Alice", "alice");
        assertThat(erased.rating().score()).isEqualTo(5);
        assertThat(erased.rating().comment()).isNull();
        assertThat(f.tickets.ticketsOf(AccountId.of(ALICE))).isEmpty();
        assertThat(f.conversations.find(new ConversationKey(ALICE_DM, ALICE.id())))
                .isEmpty();
        assertThat(f.conversations.find(new ConversationKey(GROUP, ALICE.id()))).isEmpty();
        assertThat(f.transcripts.conversationsOf(AccountId.of(ALICE))).isEmpty();
        assertThat(f.audit.since(DeskFixture.START)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("forgetme");
            assertThat(e.actor()).isEqualTo("telegram:42");
        });
    }

    @Test
    void aNewDeskOverTheSameStoresContinuesTheTicket() {
        // given a claimed ticket
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        // when the application restarts
        f.desk = f.newDesk();

        // then the agent's thread still routes to the member and back
        assertThat(f.agentInThread(BOB, "still there?")).singleElement().isInstanceOf(SendPrivate.class);
        assertThat(f.alicePrivately("yes")).singleElement().isInstanceOf(PostToTicketSpace.class);
    }

    @Test
    void askingAgainAddsToTheOpenTicket() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        List<Decision> again = f.alicePrivately("/human");

        assertThat(f.tickets.ticketsOf(AccountId.of(ALICE)))
                .singleElement()
                .extracting(Ticket::id)
                .isEqualTo(ticket.id());
        assertThat(only(again, Reply.class).getFirst().text()).contains("still open");
        assertThat(only(again, PostToTicketSpace.class)).singleElement();
    }

    @Test
    void twoMissesInARowOpenATicket() {
        f.alicePrivately("blorp zzz qwerty");

        List<Decision> second = f.alicePrivately("florp yyy asdf");

        assertThat(only(second, Fallback.class)).singleElement();
        assertThat(only(second, OpenTicketSpace.class)).singleElement();
        assertThat(f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow().reason())
                .isEqualTo(dev.watchkeeper.core.decision.HandOver.Reason.REPEATED_MISSES);
    }

    @Test
    void securityIncidentOpensUrgentTicketAndStillAnswers() {
        List<Decision> decisions = f.alicePrivately("my account was hacked and someone withdrew my deposit");

        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.category()).isEqualTo(Category.SECURITY);
        assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
        assertThat(only(decisions, Reply.class))
                .anySatisfy(r -> assertThat(r.text()).contains("Change your passwords and 2FA", "official channels"));
        assertThat(decisions).anyMatch(d -> d instanceof Answer || d instanceof Suggest || d instanceof Fallback);
        assertThat(only(decisions, dev.watchkeeper.core.decision.StaffAlert.class))
                .singleElement();
    }

    @Test
    void whileClaimedUnaddressedGroupChatterIsNeitherRelayedNorAnswered() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, CAROL, TicketChoices.claim(ticket.id()));

        List<Decision> chatter = f.send(f.message(GROUP, ALICE, null, "where is my deposit?"));

        assertThat(chatter).isEmpty();
    }

    @Test
    void slaBreachIsAlertedOnce() {
        f.alicePrivately("I got hacked");
        SlaMonitor monitor = new SlaMonitor(f.tickets, f.metrics, f.settings);
        f.clock.advance(Duration.ofMinutes(16));

        List<Decision> first = monitor.check(f.clock.instant());
        List<Decision> second = monitor.check(f.clock.instant());

        assertThat(first).singleElement().isInstanceOfSatisfying(dev.watchkeeper.core.decision.StaffAlert.class, a -> {
            assertThat(a.to().chat()).isEqualTo(STAFF);
            assertThat(a.text()).contains("first response", "WK-1000", "target 15 min");
        });
        assertThat(second).isEmpty();
        assertThat(f.metrics.events).contains("breach URGENT FIRST_RESPONSE");
    }

    @Test
    void statsReportCoversTheFigures() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        f.clock.advance(Duration.ofMinutes(10));
        f.agentInThread(BOB, "hello");
        f.clock.advance(Duration.ofMinutes(20));
        f.agentInThread(BOB, "/close done");
        f.press(ALICE_DM, ALICE, TicketChoices.rate(ticket.id(), 4));

        List<Decision> stats = f.send(f.message(STAFF, BOB, null, "/stats"));

        assertThat(only(stats, Reply.class).getFirst().text())
                .contains(
                        "Tickets: 1",
                        "deposit 1",
                        "telegram 1",
                        "median 10 min",
                        "median 30 min",
                        "4.00/5 (1 ratings)");
    }

    @Test
    void statsShowWhatMembersThoughtOfTheAnswers() {
        f.alicePrivately("where is my deposit");
        f.press(ALICE_DM, ALICE, Choices.unhelpful("deposit-missing"));

        List<Decision> stats = f.send(f.message(STAFF, BOB, null, "/stats"));

        assertThat(only(stats, Reply.class).getFirst().text())
                .contains(
                        "Answer feedback: 0 helpful · 1 not helpful since 2026-11-21 (telegram 0/1)",
                        "Least helpful answers: `deposit-missing` 1 not helpful, 0 helpful");
    }
}
