package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static dev.watchkeeper.core.ticket.DeskFixture.ALICE_DM;
import static dev.watchkeeper.core.ticket.DeskFixture.BOB;
import static dev.watchkeeper.core.ticket.DeskFixture.GROUP;
import static dev.watchkeeper.core.ticket.DeskFixture.STAFF;
import static dev.watchkeeper.core.ticket.DeskFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.member.ScamReport;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.Turn;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TicketMemberTest {
    private final DeskFixture f = new DeskFixture();

    @Test
    void unreachableTelegramMemberIsToldToStartTheBotAndTheTicketWaits() {
        // given a ticket opened in the group, and an agent who already replied
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        // when the adapter reports that the private message bounced
        List<Decision> told = f.desk.memberUnreachable(ticket.id());
        List<Decision> kept = f.agentInThread(BOB, "Please send me the tx hash");

        // then the group gets Telegram's instructions, the thread says so, and the ticket waits
        assertThat(only(told, Reply.class)).singleElement().satisfies(r -> {
            assertThat(r.to().chat()).isEqualTo(GROUP);
            assertThat(r.text()).contains("Open @keeperbot and press **Start**", "WK-1000");
        });
        assertThat(only(told, PostToTicketSpace.class)).singleElement().satisfies(p -> {
            assertThat(p.to().threadId()).isEqualTo(DeskFixture.THREAD);
            assertThat(p.text()).contains("cannot reach the member privately");
        });
        // and an agent's message while they cannot be reached is kept, which the thread says
        assertThat(kept).singleElement().isInstanceOfSatisfying(Reply.class, r -> {
            assertThat(r.to().threadId()).isEqualTo(DeskFixture.THREAD);
            assertThat(r.text()).startsWith("Not delivered yet");
        });
        assertThat(f.reload(ticket).status()).isEqualTo(TicketStatus.WAITING_ON_MEMBER);
        assertThat(f.desk.memberUnreachable(ticket.id())).as("reported once").isEmpty();

        // and when Alice starts the bot, she is reconnected and gets what she missed
        List<Decision> start = f.alicePrivately("/start");
        assertThat(only(start, SendPrivate.class))
                .extracting(SendPrivate::text)
                .anySatisfy(t -> assertThat(t).contains("You're connected", ticket.verificationCode()))
                .anySatisfy(t -> assertThat(t).contains("Please send me the tx hash"));
        assertThat(f.reload(ticket).status()).isEqualTo(TicketStatus.CLAIMED);
        assertThat(f.reload(ticket).member().reachable()).isTrue();
    }

    @Test
    void unreachableDiscordMemberIsToldToAllowDirectMessages() {
        ChatRef server = new ChatRef(Platform.DISCORD, "general", ChatType.GROUP);
        UserRef erin = new UserRef(Platform.DISCORD, "555", "erin", "Erin", false);
        f.send(f.message(server, erin, null, "talk to a person").withMention());
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(erin)).orElseThrow();

        List<Decision> told = f.desk.memberUnreachable(ticket.id());

        assertThat(only(told, Reply.class).getFirst().text()).contains("Allow direct messages from server members");
    }

    @Test
    void discordDmChannelLearnedFromTheMembersFirstPrivateMessage() {
        ChatRef server = new ChatRef(Platform.DISCORD, "general", ChatType.GROUP);
        UserRef erin = new UserRef(Platform.DISCORD, "555", "erin", "Erin", false);
        f.send(f.message(server, erin, null, "talk to a person").withMention());
        ChatRef dm = new ChatRef(Platform.DISCORD, "dm-channel-9", ChatType.PRIVATE);

        f.send(f.message(dm, erin, null, "hi, it's me"));

        assertThat(f.tickets
                        .openTicketOf(AccountId.of(erin))
                        .orElseThrow()
                        .member()
                        .privateChat())
                .isEqualTo(dm);
    }

    @Test
    void verifyTellsWhetherACodeBelongsToTheOpenTicket() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        List<Decision> right = f.alicePrivately("/verify " + ticket.verificationCode());
        List<Decision> wrong = f.alicePrivately("/verify 000-000");

        assertThat(only(right, Reply.class).getFirst().text()).startsWith("Yes");
        assertThat(only(wrong, Reply.class).getFirst().text()).contains("does not belong to your ticket");
        assertThat(only(wrong, PostToTicketSpace.class).getFirst().text()).contains("impersonating");
    }

    @Test
    void verifyWithoutATicketSaysNoCodeIsValid() {
        List<Decision> reply = f.alicePrivately("/verify 123-456");

        assertThat(reply).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("no open ticket"));
    }

    @Test
    void scamReportOpensAnUrgentTicket() {
        List<Decision> decisions = f.desk.scamReport(
                ALICE,
                new dev.watchkeeper.core.model.ConversationKey(GROUP, ALICE.id()),
                dev.watchkeeper.core.decision.ReplyTarget.chat(GROUP),
                new ScamReport(null, "user @fakeadmin asked me for my seed", null));

        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.category()).isEqualTo(Category.SCAM_REPORT);
        assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
        assertThat(ticket.content().transcript())
                .extracting(Turn::text)
                .contains("user @fakeadmin asked me for my seed");
        assertThat(decisions).anyMatch(d -> d instanceof SendPrivate);
    }

    @Test
    void aMemberWithAnOpenTicketWhoReportsAScamStillGetsTheChecklistAndTheTicketIsRaised() {
        Ticket before = f.openTicketFromGroup("where is my deposit");

        List<Decision> decisions = f.desk.scamReport(
                ALICE,
                new dev.watchkeeper.core.model.ConversationKey(GROUP, ALICE.id()),
                dev.watchkeeper.core.decision.ReplyTarget.chat(GROUP),
                new ScamReport("DM me your seed phrase to unlock your withdrawal", "мне взломали аккаунт", "ru"));

        Ticket after = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.priority()).isEqualTo(Priority.URGENT);
        assertThat(after.content().transcript())
                .extracting(Turn::text)
                .contains("мне взломали аккаунт")
                .anySatisfy(text -> assertThat(text).startsWith("Reported message: DM me"));
        assertThat(decisions)
                .anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(SendPrivate.class, p -> assertThat(p.text())
                        .contains("Отзовите")));
    }

    @Test
    void ratingIsOnlyAcceptedFromTheTicketsMemberOnce() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.agentInThread(BOB, "/close done");
        UserRef other = UserRef.member(Platform.TELEGRAM, "99");

        f.press(new ChatRef(Platform.TELEGRAM, "99", ChatType.PRIVATE), other, TicketChoices.rate(ticket.id(), 1));
        f.press(ALICE_DM, ALICE, TicketChoices.rate(ticket.id(), 4));
        f.press(ALICE_DM, ALICE, TicketChoices.rate(ticket.id(), 1));

        assertThat(f.reload(ticket).rating().score()).isEqualTo(4);
    }

    @Test
    void groupChatterOfAMemberWhoseTicketAnAgentOwnsGetsNoBotAnswerAndIsNotRelayed() {
        // given an engine that would answer anything said in the group
        Function<Inbound, List<Decision>> chatty = in -> List.of(Reply.of(ReplyTarget.chat(in.chat()), "an answer"));
        InboundMessage before = f.message(GROUP, ALICE, null, "how do fees work here?");
        assertThat(f.desk.handle(before, chatty)).hasSize(1);
        // and Alice's ticket is claimed by Bob
        Ticket ticket = f.openTicketFromGroup("my withdrawal is stuck");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        int turns = f.reload(ticket).content().transcript().size();

        // when she chats in the group without addressing the bot
        List<Decision> decisions = f.desk.handle(f.message(GROUP, ALICE, null, "how do fees work here?"), chatty);

        // then the bot stays out of the agent's way and nothing reaches the ticket
        assertThat(decisions).isEmpty();
        assertThat(f.reload(ticket).content().transcript()).hasSize(turns);
    }
}
