package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.FlagForReview;
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
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** While the ticket and case stores are away, the bot answers, removes scams and says what it cannot do. */
class StoreOutageTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final ChatRef MODS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    private static final ChatRef MEMBER_DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final UserRef SCAMMER = new UserRef(Platform.TELEGRAM, "66", "helpdesk_team", "Support", false);
    private static final UserRef MODERATOR = new UserRef(Platform.TELEGRAM, "7", "mia", "Mia", false);
    private static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "8", "alex", "Alex", false);
    private static final String SCAM =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";

    private final BotFixture fixture = new BotFixture(
            BotFixture.oneEntryKnowledgeBase(), STAFF, MODS, AGENT, MODERATOR, Clock.fixed(NOW, ZoneOffset.UTC));
    private final TicketTexts english = TicketTexts.english();
    private int ids;

    @Test
    void aPrivateQuestionIsAnsweredAndTheMemberToldTheirTicketIsOutOfReach() {
        fixture.outage.begin();

        List<Decision> decisions = fixture.bot.handle(message(MEMBER_DM, null, MEMBER, "why is my withdrawal pending"));

        assertThat(decisions).anyMatch(Answer.class::isInstance);
        assertThat(decisions).anyMatch(d -> d instanceof Reply r && r.text().equals(english.deskAway()));
    }

    @Test
    void theNoticeIsInTheMembersLanguage() {
        fixture.outage.begin();

        List<Decision> decisions = fixture.bot.handle(message(MEMBER_DM, null, MEMBER, "мой вывод завис"));

        String russian = TicketTexts.from(MessageCatalog.bundled(), "ru").deskAway();
        assertThat(russian).isNotEqualTo(english.deskAway());
        assertThat(decisions).anyMatch(d -> d instanceof Reply r && r.text().equals(russian));
    }

    @Test
    void aQuestionInAGroupIsAnsweredWithoutANotice() {
        fixture.outage.begin();

        List<Decision> decisions = fixture.bot.handle(
                message(GROUP, null, MEMBER, "why is my withdrawal pending").withMention());

        assertThat(decisions).anyMatch(Answer.class::isInstance).noneMatch(Reply.class::isInstance);
    }

    @Test
    void askingForAPersonGetsThePlainNoticeInsteadOfAnApology() {
        fixture.outage.begin();

        List<Decision> decisions = fixture.bot.handle(message(MEMBER_DM, null, MEMBER, "/human"));

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .isEqualTo(english.deskAway()));
    }

    @Test
    void aScamIsDeletedAndFlaggedAndItsCaseStoredWhenTheStoreIsBack() {
        fixture.outage.begin();

        List<Decision> decisions = fixture.bot.handle(message(GROUP, null, SCAMMER, SCAM));

        assertThat(decisions).anyMatch(DeleteMessage.class::isInstance);
        FlagForReview flag = decisions.stream()
                .filter(FlagForReview.class::isInstance)
                .map(FlagForReview.class::cast)
                .findFirst()
                .orElseThrow();
        fixture.outage.end();
        assertThat(fixture.cases.find(flag.caseId())).isPresent();
    }

    @Test
    void aScamIsDeletedEvenWhenNoCaseIdCanBeHad() {
        fixture.outage.begin();
        fixture.outage.idsRunOut();

        List<Decision> decisions = fixture.bot.handle(message(GROUP, null, SCAMMER, SCAM));

        assertThat(decisions).anyMatch(DeleteMessage.class::isInstance).noneMatch(FlagForReview.class::isInstance);
        assertThat(fixture.audit.since(NOW)).anyMatch(e -> e.action().equals("case-not-opened"));
    }

    @Test
    void aModeratorPressingACaseButtonIsToldNothingWasDone() {
        FlagForReview flag = (FlagForReview) fixture.bot.handle(message(GROUP, null, SCAMMER, SCAM)).stream()
                .filter(FlagForReview.class::isInstance)
                .findFirst()
                .orElseThrow();
        fixture.outage.begin();

        List<Decision> decisions = fixture.bot.handle(
                new ChoiceSelected(MODS, MODERATOR, flag.actions().getFirst().action(), null, NOW));

        assertThat(decisions).singleElement().isInstanceOfSatisfying(PrivateNotice.class, n -> assertThat(n.text())
                .startsWith("Not done"));
    }

    @Test
    void anAgentsReplyThatCannotReachTheTicketIsReportedToTheAgent() {
        TicketId ticket = claimedTicket();
        fixture.outage.begin();

        List<Decision> decisions = fixture.bot.handle(message(STAFF, "thread-1", AGENT, "please send the tx hash"));

        assertThat(decisions).noneMatch(SendPrivate.class::isInstance);
        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, r -> {
            assertThat(r.to().chat()).isEqualTo(STAFF);
            assertThat(r.text()).contains("not relayed");
        });
        fixture.outage.end();
        assertThat(fixture.bot.handle(message(STAFF, "thread-1", AGENT, "please send the tx hash")))
                .anyMatch(d -> d.to().chat().equals(MEMBER_DM));
        assertThat(ticket).isNotNull();
    }

    private TicketId claimedTicket() {
        fixture.bot.handle(message(MEMBER_DM, null, MEMBER, "/human"));
        TicketId id = TicketId.parse("WK-1000").orElseThrow();
        fixture.desk.spaceOpened(id, new StaffSpace(STAFF, "thread-1"));
        fixture.bot.handle(message(STAFF, "thread-1", AGENT, "/claim"));
        return id;
    }

    private InboundMessage message(ChatRef chat, String thread, UserRef author, String text) {
        ids++;
        return InboundMessage.builder(new MessageRef(chat, Integer.toString(ids)), author, NOW)
                .thread(thread)
                .text(text)
                .command(BotCommand.parse(text, Set.of()).orElse(null))
                .build();
    }
}
