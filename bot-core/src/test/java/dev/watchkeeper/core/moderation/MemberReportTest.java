package dev.watchkeeper.core.moderation;

import static dev.watchkeeper.core.moderation.ModerationDeskTest.FAKE_SUPPORT;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.GROUP;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.MEMBER;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.MODERATOR;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.MODS;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.NOW;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.SCAMMER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Members' reports, from real reports: the reporter is never the one punished or learned from. */
class MemberReportTest {
    private static final String LINK_REPORT =
            "/report this guy sent me okx-claim.xyz and said connect your wallet to claim the airdrop";

    private final BotFixture fixture = ModerationDeskTest.fixture();
    private int ids;

    private InboundMessage post(UserRef author, String text) {
        return InboundMessage.text(Integer.toString(++ids), GROUP, author, text, NOW);
    }

    private InboundMessage reply(
            UserRef author, String text, @Nullable InboundMessage quoted, @Nullable String language) {
        return InboundMessage.builder(new MessageRef(GROUP, Integer.toString(++ids)), author, NOW)
                .text(text)
                .command(BotCommand.parse(text, Set.of()).orElse(null))
                .replyTo(quoted == null ? null : quoted.id())
                .languageHint(language)
                .quote(quoted == null ? null : new InboundMessage.Quote(quoted.id(), quoted.author(), quoted.text()))
                .build();
    }

    private List<Decision> press(String action) {
        return fixture.bot.handle(new ChoiceSelected(MODS, MODERATOR, action, null, NOW, Set.of()));
    }

    /** The moderators' buttons on the case cards among the decisions, by label. */
    private static java.util.Map<String, String> buttons(List<Decision> decisions) {
        java.util.Map<String, String> buttons = new java.util.LinkedHashMap<>();
        decisions.stream().filter(FlagForReview.class::isInstance).forEach(flag -> ((FlagForReview) flag)
                .actions()
                .forEach(choice -> buttons.put(choice.label(), choice.action())));
        return buttons;
    }

    @Test
    void aReportQuotingAScamLinkRunsAsAReportAndNeverTurnsOnTheReporter() {
        InboundMessage report = post(MEMBER, LINK_REPORT);

        List<Decision> decisions = fixture.bot.handle(report);

        assertThat(decisions).noneMatch(RestrictMember.class::isInstance);
        assertThat(decisions)
                .filteredOn(DeleteMessage.class::isInstance)
                .allSatisfy(d -> assertThat(((DeleteMessage) d).message()).isEqualTo(report.id()));
        assertThat(decisions).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).contains("Thanks for the report")));
        assertThat(fixture.cases.open()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(ModerationCase.Source.MEMBER_REPORT);
            assertThat(c.author()).isNull();
            assertThat(c.reporter()).isEqualTo(MEMBER);
        });
    }

    @Test
    void reportingAMessageTheShieldAlreadyRemovedOpensNoSecondCase() {
        InboundMessage scam = post(SCAMMER, FAKE_SUPPORT);
        fixture.bot.handle(scam);
        ModerationCase detected = fixture.cases.open().getFirst();

        List<Decision> decisions = fixture.bot.handle(reply(MEMBER, "/report", scam, null));

        assertThat(fixture.cases.open()).containsExactly(detected);
        assertThat(decisions).noneMatch(FlagForReview.class::isInstance);
        assertThat(decisions)
                .filteredOn(Reply.class::isInstance)
                .map(d -> (Reply) d)
                .anySatisfy(r -> {
                    assertThat(r.to().chat()).isEqualTo(MODS);
                    assertThat(r.text()).isEqualTo(detected.id() + " was reported again, by Alice (@alice) · id 42.");
                })
                .anySatisfy(r -> {
                    assertThat(r.to().chat()).isEqualTo(GROUP);
                    assertThat(r.text())
                            .contains("Thanks for the report", detected.id().value());
                });
    }

    @Test
    void aVictimReportingAMessageWithACaseGetsTheirUrgentTicketAndNoSecondCase() {
        InboundMessage scam = post(SCAMMER, FAKE_SUPPORT);
        fixture.bot.handle(scam);

        List<Decision> decisions =
                fixture.bot.handle(reply(MEMBER, "/report I got scammed, he drained my wallet", scam, null));

        assertThat(fixture.cases.open()).singleElement().satisfies(c -> assertThat(c.source())
                .isEqualTo(ModerationCase.Source.DETECTED));
        assertThat(decisions).anyMatch(OpenTicketSpace.class::isInstance);
        assertThat(decisions).filteredOn(Reply.class::isInstance).anySatisfy(r -> assertThat(((Reply) r).text())
                .contains("Reporter says: I got scammed, he drained my wallet"));
    }

    @Test
    void aReportThatQuotesAScamIsRemovedFromTheChatSoTheReportPrefixCannotCarrySpam() {
        InboundMessage spam = post(SCAMMER, "/report " + FAKE_SUPPORT + " okx-claim.xyz");

        List<Decision> decisions = fixture.bot.handle(spam);

        assertThat(decisions)
                .contains(new DeleteMessage(
                        dev.watchkeeper.core.decision.ReplyTarget.chat(GROUP),
                        spam.id(),
                        "report quoting a suspected scam"));
        assertThat(fixture.audit.since(Instant.EPOCH))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("report-removed"));
    }

    @Test
    void aReportWithoutAQuotedMessageOffersNoBanAndTheCoreRefusesOne() {
        List<Decision> opened = fixture.bot.handle(post(MEMBER, LINK_REPORT));
        ModerationCase c = fixture.cases.open().getFirst();

        List<Decision> ban = press("mod:ban:" + c.id().value());
        List<Decision> warn = press("mod:warn:" + c.id().value());

        assertThat(buttons(opened)).doesNotContainKeys("Confirm: ban", "Confirm: mute", "Confirm: warn");
        assertThat(buttons(opened)).containsKeys("Confirm: scam", "Dismiss (not a scam)");
        assertThat(ban).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("nobody to ban", "author is unknown"));
        assertThat(warn).noneMatch(SendPrivate.class::isInstance);
        assertThat(fixture.cases.find(c.id()).orElseThrow().status()).isEqualTo(ModerationCase.Status.OPEN);
    }

    @Test
    void confirmingAReportWithoutAQuotedMessageLearnsNothingFromTheReportersWords() {
        List<Decision> opened = fixture.bot.handle(post(MEMBER, LINK_REPORT));

        List<Decision> confirmed = press(buttons(opened).get("Confirm: scam"));

        assertThat(confirmed).noneMatch(d -> d instanceof RestrictMember || d instanceof SendPrivate);
        assertThat(fixture.learnedScams).isEmpty();
        assertThat(fixture.domains.denied()).isEmpty();
    }

    @Test
    void confirmingAQuotedReportActsOnTheScammerAndLearnsOnlyTheQuotedMessage() {
        InboundMessage scam = post(SCAMMER, FAKE_SUPPORT);
        fixture.bot.handle(scam);
        fixture.cases.open().forEach(c -> press("mod:dismiss:" + c.id().value()));
        fixture.learnedHam.clear();

        List<Decision> opened =
                fixture.bot.handle(reply(MEMBER, "/report he scammed me, took all my usdt", scam, null));
        List<Decision> banned = press(buttons(opened).get("Confirm: ban"));

        assertThat(banned)
                .anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(RestrictMember.class, r -> assertThat(r.member())
                        .isEqualTo(SCAMMER)));
        assertThat(banned)
                .noneMatch(d -> d instanceof RestrictMember r && r.member().equals(MEMBER));
        assertThat(fixture.learnedScams).singleElement().satisfies(text -> assertThat(text)
                .doesNotContain("he scammed me")
                .startsWith("Hello, I'm from support"));
    }

    @Test
    void theChecklistFollowsTheReportersLanguageNotTheQuotedScams() {
        InboundMessage scam = post(SCAMMER, "Hello, I'm from support, DM me to unlock your withdrawal");

        List<Decision> russian =
                fixture.bot.handle(reply(MEMBER, "/report меня обманули, он украл мои usdt", scam, null));

        assertThat(russian).anySatisfy(d -> assertThat(d).isInstanceOf(OpenTicketSpace.class));
        assertThat(russian)
                .anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(SendPrivate.class, p -> assertThat(p.text())
                        .contains("Отзовите")));
    }

    @Test
    void theChecklistUsesThePlatformsLanguageHint() {
        InboundMessage scam = post(SCAMMER, "Меня зовут Иван, я из поддержки, напишите мне в лс");

        List<Decision> spanish = fixture.bot.handle(reply(MEMBER, "/report I got scammed by this guy", scam, "es-419"));

        assertThat(spanish)
                .anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(SendPrivate.class, p -> assertThat(p.text())
                        .contains("Revoca")));
        assertThat(spanish)
                .noneMatch(d -> d instanceof SendPrivate p && p.text().contains("Отзовите"));
    }

    @Test
    void theReporterIsThankedAndShownHowToReportInTheirLanguage() {
        InboundMessage scam = post(SCAMMER, "Пишите в лс, помогу вернуть средства, я из поддержки");

        List<Decision> thanked = fixture.bot.handle(reply(MEMBER, "/report", scam, "ru"));
        List<Decision> usage = fixture.bot.handle(post(MEMBER, "/report"));
        List<Decision> usageEs = fixture.bot.handle(reply(MEMBER, "/report", null, "es-MX"));

        assertThat(thanked).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).startsWith("Спасибо за жалобу")));
        assertThat(usage).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).startsWith("To report a scam")));
        assertThat(usageEs).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).startsWith("Para reportar una estafa")));
    }

    @Test
    void aWarnedMemberIsWarnedInTheLanguageTheyPostedIn() {
        List<Decision> flagged = fixture.bot.handle(post(
                SCAMMER, "Здравствуйте, я из поддержки. Отправьте фразу для восстановления кошелька, пишите в лс"));
        String warn = buttons(flagged).get("Confirm: warn");

        List<Decision> warned = press(warn);

        assertThat(warned)
                .anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(SendPrivate.class, p -> assertThat(p.text())
                        .startsWith("Модератор отметил")));
    }
}
