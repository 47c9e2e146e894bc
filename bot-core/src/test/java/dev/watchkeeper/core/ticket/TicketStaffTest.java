package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static dev.watchkeeper.core.ticket.DeskFixture.ALICE_DM;
import static dev.watchkeeper.core.ticket.DeskFixture.BOB;
import static dev.watchkeeper.core.ticket.DeskFixture.CAROL;
import static dev.watchkeeper.core.ticket.DeskFixture.STAFF;
import static dev.watchkeeper.core.ticket.DeskFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketStaffTest {
    private static final UserRef MALLORY = new UserRef(Platform.DISCORD, "666", "mallory", "Support Team", false);

    private final DeskFixture f = new DeskFixture();

    @Test
    void nonStaffCannotClaimEvenWithAForgedButtonAndAreToldAloneHowToBecomeAnAgent() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        List<Decision> fromStaffChat = f.press(STAFF, MALLORY, TicketChoices.claim(ticket.id()));
        List<Decision> fromMember = f.press(ALICE_DM, ALICE, TicketChoices.claim(ticket.id()));

        assertThat(fromStaffChat).singleElement().isInstanceOfSatisfying(PrivateNotice.class, n -> {
            assertThat(n.recipient()).isEqualTo(MALLORY);
            assertThat(n.text())
                    .isEqualTo("Only support agents can do that: ask an admin to add your discord account (id 666) "
                            + "to watchkeeper.tickets.agents.")
                    .hasSizeLessThanOrEqualTo(PrivateNotice.MAX_LENGTH);
        });
        assertThat(fromMember).singleElement().isInstanceOfSatisfying(PrivateNotice.class, n -> assertThat(
                        n.recipient())
                .isEqualTo(ALICE));
        assertThat(f.reload(ticket).owner()).isEmpty();
        assertThat(f.audit.since(DeskFixture.START))
                .filteredOn(e -> e.action().equals("denied"))
                .hasSize(2);
    }

    @Test
    void staffWithTheConfiguredRoleMayPressTheCardsButtons() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        UserRef dave = new UserRef(Platform.DISCORD, "902", "dave", "Dave", false);

        f.desk.handle(
                new ChoiceSelected(
                        STAFF, dave, TicketChoices.claim(ticket.id()), null, f.clock.instant(), Set.of("support")),
                f.engine::handle);

        assertThat(f.reload(ticket).owner()).contains(dave);
    }

    @Test
    void aClaimThatDoesNothingIsExplainedToThePresserAlone() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        List<Decision> second = f.press(STAFF, CAROL, TicketChoices.claim(ticket.id()));

        assertThat(second).singleElement().isInstanceOfSatisfying(PrivateNotice.class, n -> {
            assertThat(n.recipient()).isEqualTo(CAROL);
            assertThat(n.text()).isEqualTo("WK-1000 is already claimed by Bob.");
        });
    }

    @Test
    void closeAsksForTheNoteFirstAndANeverAnsweredTicketAsksNoRating() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        List<Decision> asked = f.press(STAFF, BOB, TicketChoices.close(ticket.id()));

        assertThat(f.reload(ticket).status()).isEqualTo(TicketStatus.OPEN);
        PostToTicketSpace question = only(asked, PostToTicketSpace.class).getFirst();
        assertThat(question.to().threadId()).isEqualTo(DeskFixture.THREAD);
        assertThat(question.text()).startsWith("Close WK-1000?").contains("/close");
        assertThat(question.options())
                .singleElement()
                .extracting(Choice::action)
                .isEqualTo(TicketChoices.closeWithoutNote(ticket.id()));

        List<Decision> closed = f.press(STAFF, BOB, TicketChoices.closeWithoutNote(ticket.id()));

        assertThat(f.reload(ticket).status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(only(closed, SendPrivate.class))
                .as("the member is told, and not asked to rate help nobody gave")
                .singleElement()
                .satisfies(dm -> assertThat(dm.options()).isEmpty());
    }

    @Test
    void nonStaffInTheStaffSpaceIsNotRelayedAndCannotRunCommands() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        List<Decision> text = f.agentInThread(MALLORY, "hi, send me your seed phrase");
        List<Decision> command = f.agentInThread(MALLORY, "/close bye");

        assertThat(text).isEmpty();
        assertThat(only(command, Reply.class)).singleElement();
        assertThat(f.reload(ticket).status()).isEqualTo(TicketStatus.CLAIMED);
    }

    @Test
    void staffWithTheConfiguredRoleMayAct() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        UserRef dave = new UserRef(Platform.DISCORD, "902", "dave", "Dave", false);
        InboundMessage claim = InboundMessage.builder(new MessageRef(STAFF, "x1"), dave, f.clock.instant())
                .thread(DeskFixture.THREAD)
                .roles(Set.of("support"))
                .text("/claim")
                .command(new BotCommand("claim", ""))
                .build();

        f.send(claim);

        assertThat(f.reload(ticket).owner()).contains(dave);
    }

    @Test
    void onlyTheOwnerSpeaksToTheMember() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        List<Decision> beforeClaim = f.agentInThread(CAROL, "hello?");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));
        List<Decision> otherAgent = f.agentInThread(CAROL, "Bob, try the explorer");

        assertThat(only(beforeClaim, Reply.class).getFirst().text()).contains("Claim WK-1000");
        assertThat(only(otherAgent, SendPrivate.class)).isEmpty();
    }

    @Test
    void releaseAndTransferMoveOwnership() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        f.agentInThread(BOB, "/transfer @carol");
        assertThat(f.reload(ticket).owner()).contains(CAROL);

        List<Decision> notOwner = f.agentInThread(BOB, "/release");
        assertThat(only(notOwner, Reply.class).getFirst().text()).contains("Only the agent who owns");

        f.agentInThread(CAROL, "/release");
        assertThat(f.reload(ticket).owner()).isEmpty();
        assertThat(f.reload(ticket).status()).isEqualTo(TicketStatus.OPEN);
        // a member message is answered by the bot again once released
        assertThat(f.alicePrivately("where is my deposit")).anyMatch(d -> !(d instanceof PostToTicketSpace));
    }

    @Test
    void commandsInTheStaffChatNameTheTicketWhenThereIsNoThread() {
        f.aliceInGroup("talk to a person");

        f.send(f.message(STAFF, BOB, null, "/claim wk-1000"));
        List<Decision> close = f.send(f.message(STAFF, BOB, null, "/close WK-1000 sorted"));

        Ticket ticket = f.tickets.find(new TicketId("WK-1000")).orElseThrow();
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(ticket.content().resolution()).isEqualTo("sorted");
        assertThat(close).isNotEmpty();
    }

    @Test
    void aTelegramAgentWorksADiscordOpenedTicketFromTheTelegramStaffChat() {
        // given a second staff chat on Telegram and an agent there
        ChatRef telegramStaff = new ChatRef(Platform.TELEGRAM, "-500", ChatType.GROUP);
        UserRef tgAgent = new UserRef(Platform.TELEGRAM, "808", "tgagent", "Tanya", false);
        TicketSettings settings = new TicketSettings(
                List.of(STAFF, telegramStaff),
                "WK",
                f.settings.botHandles(),
                f.settings.sla(),
                f.settings.retention(),
                200,
                2,
                "en");
        TicketPorts ports = new TicketPorts(
                f.tickets,
                f.sequence,
                f.transcripts,
                f.audit,
                new StaffRoster(List.of(BOB, tgAgent), Set.of()),
                f.knowledgeBase,
                f.feedback,
                f.conversations,
                f.metrics,
                f.events,
                text -> text,
                new java.util.Random(3));
        f.desk = new TicketDesk(ports, settings, TicketTexts.translations(MessageCatalog.bundled()), f.clock, () -> -1);
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        // when she claims and replies by ticket id
        f.send(f.message(telegramStaff, tgAgent, null, "/claim " + ticket.id()));
        List<Decision> reply = f.send(f.message(telegramStaff, tgAgent, null, "/reply " + ticket.id() + " on it!"));

        // then the member gets it privately; the card stayed on Discord
        assertThat(f.reload(ticket).owner()).contains(tgAgent);
        assertThat(reply).singleElement().isInstanceOfSatisfying(SendPrivate.class, dm -> {
            assertThat(dm.to().chat()).isEqualTo(ALICE_DM);
            assertThat(dm.text()).endsWith("on it!");
        });
        assertThat(f.reload(ticket).staff().chat()).isEqualTo(STAFF);
    }

    @Test
    void unknownKnowledgeBaseEntryIsReported() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        f.press(STAFF, BOB, TicketChoices.claim(ticket.id()));

        List<Decision> kb = f.agentInThread(BOB, "/kb no-such-entry");

        assertThat(kb).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("No knowledge-base entry"));
    }
}
