package dev.watchkeeper.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModerationDeskTest {
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    static final ChatRef MODS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    static final UserRef SCAMMER = new UserRef(Platform.TELEGRAM, "66", "helpdesk_team", "Support", false);
    static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    static final UserRef MODERATOR = new UserRef(Platform.TELEGRAM, "7", "mia", "Mia", false);
    static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "8", "alex", "Alex", false);
    static final String FAKE_SUPPORT =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";
    private static final String SEED =
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    private final BotFixture fixture = fixture();
    private int ids;

    /** A bot with moderators, staff and a one-entry knowledge base, at a fixed time. */
    static BotFixture fixture() {
        return new BotFixture(
                BotFixture.oneEntryKnowledgeBase(), STAFF, MODS, AGENT, MODERATOR, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private InboundMessage post(UserRef author, String text) {
        // as the adapter maps it, with the bot's handle
        return InboundMessage.builder(new MessageRef(GROUP, Integer.toString(++ids)), author, NOW)
                .text(text)
                .command(BotCommand.parse(text, Set.of("WatchKeeper")).orElse(null))
                .build();
    }

    private List<Decision> press(UserRef who, Set<String> roles, String action) {
        return fixture.bot.handle(new ChoiceSelected(MODS, who, action, null, NOW, roles));
    }

    static String action(List<Decision> decisions, String labelStart) {
        return BotFixture.caseAction(decisions, labelStart);
    }

    @Test
    void hidesAFakeSupportScamAndFlagsItForModeratorsWithReasons() {
        InboundMessage scam = post(SCAMMER, FAKE_SUPPORT);

        List<Decision> decisions = fixture.bot.handle(scam);

        assertThat(decisions)
                .first()
                .isEqualTo(new DeleteMessage(
                        dev.watchkeeper.core.decision.ReplyTarget.chat(GROUP), scam.id(), "scam shield: SCAM"));
        assertThat(decisions)
                .filteredOn(FlagForReview.class::isInstance)
                .singleElement()
                .satisfies(d -> {
                    FlagForReview flag = (FlagForReview) d;
                    assertThat(flag.to().chat()).isEqualTo(MODS);
                    assertThat(flag.card()).contains("SECRET_REQUEST", "MC-1", "Support (@helpdesk_team)");
                    assertThat(flag.actions())
                            .extracting(Choice::label)
                            .contains("Confirm: ban", "Dismiss (not a scam)");
                });
        assertThat(decisions).noneMatch(Answer.class::isInstance);
        assertThat(fixture.cases.open()).singleElement().satisfies(c -> assertThat(c.hidden())
                .isTrue());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "en    | is this right?                | Move all funds         | move your funds to a new wallet",
                "ru    | это правильная фраза?         | Переведите все средства | переведите средства на новый",
                "zh-CN | is this right?                | 全部资产转移            | 转移到新钱包",
                "es-419 | mi frase semilla, ¿está bien? | Mueve todos los fondos  | billetera nueva",
                "pt-BR | is this right?                | Mova todos os fundos    | carteira nova",
                "tr    | is this right?                | tüm fonları             | yeni bir cüzdana"
            })
    void tellsTheMemberAboutTheLeakInTheirLanguageAndInTheChatWhenTheyCannotBeMessaged(
            String language, String words, String privately, String inChat) {
        InboundMessage leak = InboundMessage.builder(new MessageRef(GROUP, "77"), MEMBER, NOW)
                .text(words + " " + SEED)
                .languageHint(language)
                .build();

        List<Decision> decisions = fixture.bot.handle(leak);

        assertThat(decisions)
                .filteredOn(SendPrivate.class::isInstance)
                .singleElement()
                .satisfies(d -> {
                    SendPrivate dm = (SendPrivate) d;
                    assertThat(dm.text()).contains(privately).doesNotContain("abandon");
                    assertThat(dm.fallback()).isNotNull();
                    assertThat(dm.fallback().to().chat()).isEqualTo(GROUP);
                    assertThat(dm.fallback().mentions()).containsExactly(MEMBER);
                    assertThat(dm.fallback().text())
                            .startsWith(Mentions.placeholder(0))
                            .contains(inChat)
                            .doesNotContain("abandon");
                });
    }

    @Test
    void aFlaggedScamAndALeakedSecretAreReportedWithTheirVerdictsAndACleanMessageIsNot() {
        fixture.bot.handle(post(MEMBER, "how long does a withdrawal take?"));
        fixture.bot.handle(post(SCAMMER, FAKE_SUPPORT));
        fixture.bot.handle(post(MEMBER, "is this right? " + SEED));

        assertThat(fixture.metrics.flagged).hasSize(2);
        assertThat(fixture.metrics.flagged.get(0).verdict().verdict()).isEqualTo(Verdict.SCAM);
        assertThat(fixture.metrics.flagged.get(0).platform()).isEqualTo(GROUP.platform());
        assertThat(fixture.metrics.flagged.get(1).verdict().leaksSecret()).isTrue();
    }

    @Test
    void removesALeakedSeedPhraseAtOnceWarnsPrivatelyAndStoresItNowhere() {
        InboundMessage leak = post(MEMBER, "is this right? " + SEED);

        List<Decision> decisions = fixture.bot.handle(leak);

        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0)).isInstanceOf(DeleteMessage.class);
        assertThat(decisions.get(1)).isInstanceOfSatisfying(SendPrivate.class, dm -> {
            assertThat(dm.recipient()).isEqualTo(MEMBER);
            assertThat(dm.text()).contains("Move all funds");
        });
        assertThat(fixture.cases.open()).isEmpty();
        assertThat(fixture.audit.since(Instant.EPOCH))
                .extracting(AuditEntry::detail)
                .noneMatch(detail -> detail.contains("abandon"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admins will never DM you, never share your seed phrase",
                "Reminder: support will never ask for your private key or 2FA code",
                "is this a scam? someone DMed me offering to recover my funds",
                "why is my withdrawal pending?"
            })
    void warningsAndQuestionsAreNotFlagged(String text) {
        List<Decision> decisions = fixture.bot.handle(post(MEMBER, text));

        assertThat(decisions).noneMatch(d -> d instanceof DeleteMessage || d instanceof FlagForReview);
        assertThat(fixture.cases.open()).isEmpty();
    }

    @Test
    void onlyModeratorsCanActAndTheCoreChecksIt() {
        List<Decision> flagged = fixture.bot.handle(post(SCAMMER, FAKE_SUPPORT));
        String ban = action(flagged, "Confirm: ban");

        List<Decision> byMember = press(MEMBER, Set.of(), ban);

        assertThat(byMember)
                .as("refused to the presser alone, not posted in the moderators' chat")
                .singleElement()
                .isInstanceOfSatisfying(PrivateNotice.class, n -> {
                    assertThat(n.recipient()).isEqualTo(MEMBER);
                    assertThat(n.text()).isEqualTo(ModerationTexts.english().moderatorsOnly());
                });
        assertThat(fixture.cases.open()).hasSize(1);
        assertThat(fixture.audit.since(Instant.EPOCH))
                .extracting(AuditEntry::action)
                .contains("denied");
    }

    @Test
    void aModeratorsConfirmBansTheAuthorLearnsTheScamAndDeniesItsDomains() {
        List<Decision> flagged = fixture.bot.handle(
                post(SCAMMER, "Support here: verify your wallet at wallet-rectify.top now or lose your funds, DM me"));
        String ban = action(flagged, "Confirm: ban");

        List<Decision> done = press(MEMBER, Set.of("moderator"), ban);

        assertThat(done).anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(RestrictMember.class, r -> {
            assertThat(r.member()).isEqualTo(SCAMMER);
            assertThat(r.kind()).isEqualTo(RestrictMember.Kind.BAN);
            assertThat(r.to().chat()).isEqualTo(GROUP);
        }));
        assertThat(fixture.learnedScams).hasSize(1);
        assertThat(fixture.domains.denied()).contains("wallet-rectify.top");
        assertThat(fixture.cases.open()).isEmpty();
        assertThat(fixture.audit.since(Instant.EPOCH))
                .extracting(AuditEntry::action)
                .contains("confirm-ban");
    }

    @Test
    void twoModeratorsPressingAtOnceResolveTheCaseOnce() throws Exception {
        String ban = action(fixture.bot.handle(post(SCAMMER, FAKE_SUPPORT)), "Confirm: ban");
        String dismiss = action(fixture.bot.handle(post(SCAMMER, FAKE_SUPPORT + " now")), "Dismiss");
        String banSecond = dismiss.replace("dismiss", "ban");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Decision>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Callable<List<Decision>> press = () -> {
                    start.await();
                    return press(MODERATOR, Set.of(), banSecond);
                };
                results.add(pool.submit(press));
            }
            start.countDown();
            long bans = 0;
            for (Future<List<Decision>> result : results) {
                bans += result.get().stream()
                        .filter(RestrictMember.class::isInstance)
                        .count();
            }
            assertThat(bans).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ban).isNotEqualTo(banSecond);
    }

    @Test
    void dismissingRecordsAFalsePositiveAndRestoresTheTextToModerators() {
        String dismiss = action(fixture.bot.handle(post(SCAMMER, FAKE_SUPPORT)), "Dismiss");

        List<Decision> done = press(MODERATOR, Set.of(), dismiss);

        assertThat(done).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("false positive", "It read:", "DM me your seed phrase"));
        assertThat(fixture.learnedHam).hasSize(1);
        assertThat(fixture.cases.find(new CaseId("MC-1")))
                .get()
                .extracting(ModerationCase::status)
                .isEqualTo(ModerationCase.Status.DISMISSED);
    }

    @Test
    void aMemberReportsAMessageByReplyingWithReport() {
        InboundMessage suspicious = post(SCAMMER, "anyone want to earn 500 usdt a day? write me");
        InboundMessage report = InboundMessage.builder(new MessageRef(GROUP, "99"), MEMBER, NOW)
                .text("/report")
                .command(new BotCommand("report", ""))
                .replyTo(suspicious.id())
                .quote(new InboundMessage.Quote(suspicious.id(), SCAMMER, suspicious.text()))
                .build();

        List<Decision> decisions = fixture.bot.handle(report);

        assertThat(decisions).anySatisfy(d -> assertThat(d).isInstanceOf(FlagForReview.class));
        assertThat(decisions).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).contains("Thanks for the report")));
        assertThat(fixture.cases.open()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo(ModerationCase.Source.MEMBER_REPORT);
            assertThat(c.reporter()).isEqualTo(MEMBER);
            assertThat(c.author()).isEqualTo(SCAMMER);
            assertThat(c.message()).isEqualTo(suspicious.id());
        });
    }

    @Test
    void aReportAfterAMentionOfTheBotIsAReportAndOneForAnotherBotIsNot() {
        List<Decision> mine = fixture.bot.handle(post(MEMBER, "@WatchKeeper /report someone offers 500 usdt a day"));
        List<Decision> theirs = fixture.bot.handle(post(MEMBER, "/report@other_bot someone offers 500 usdt a day"));

        assertThat(mine).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).contains("Thanks for the report")));
        assertThat(theirs).noneMatch(Reply.class::isInstance);
        assertThat(fixture.cases.open()).singleElement().satisfies(c -> assertThat(c.reporter())
                .isEqualTo(MEMBER));
    }

    @Test
    void aMemberWhoWasScammedGetsAnUrgentCaseAndTicket() {
        List<Decision> decisions =
                fixture.bot.handle(post(MEMBER, "/report I got scammed, a fake admin drained my wallet"));

        assertThat(fixture.cases.open()).singleElement().satisfies(c -> assertThat(c.urgent())
                .isTrue());
        assertThat(decisions).anySatisfy(d -> assertThat(d).isInstanceOf(OpenTicketSpace.class));
    }

    @Test
    void casesOffersACardForEachOpenCaseToModeratorsOnly() {
        fixture.bot.handle(post(SCAMMER, FAKE_SUPPORT));
        Reply listing = (Reply) fixture.bot.handle(post(MODERATOR, "/cases")).getFirst();
        String show = listing.options().getFirst().action();

        assertThat(listing.options()).extracting(Choice::label).containsExactly("Show MC-1");
        assertThat(press(MODERATOR, Set.of(), show)).singleElement().isInstanceOfSatisfying(FlagForReview.class, f -> {
            assertThat(f.to().chat()).isEqualTo(MODS);
            assertThat(f.card()).contains("**MC-1**", "Done automatically: message deleted, flagged for review");
            assertThat(f.actions()).isNotEmpty();
        });
        assertThat(press(MEMBER, Set.of(), show)).singleElement().isInstanceOf(PrivateNotice.class);
    }

    @Test
    void moderatorsEditTheCommunityDomainListsAndMembersCannot() {
        assertThat(fixture.bot.handle(post(MEMBER, "/deny northwind.com"))).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).contains("Only moderators")));
        assertThat(fixture.domains.denied()).isEmpty();

        fixture.bot.handle(post(MODERATOR, "/deny northwind.com"));
        List<Decision> linkPost = fixture.bot.handle(post(MEMBER, "new listing info at https://northwind.com/x"));

        assertThat(fixture.domains.denied()).containsExactly("northwind.com");
        assertThat(linkPost).anySatisfy(d -> assertThat(d).isInstanceOf(FlagForReview.class));
    }

    @Test
    void aDeniedInternationalisedDomainIsKeptInPunycodeAndMatchesLinksToIt() {
        List<Decision> reply = fixture.bot.handle(post(MODERATOR, "/deny обмен-крипты.рф"));
        List<Decision> linkPost = fixture.bot.handle(post(MEMBER, "best rates at https://обмен-крипты.рф/usdt"));

        assertThat(fixture.domains.denied()).containsExactly("xn----9sbmnjjieqiy2i.xn--p1ai");
        assertThat(reply).anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("xn----9sbmnjjieqiy2i.xn--p1ai")));
        assertThat(linkPost).anySatisfy(d -> assertThat(d).isInstanceOf(FlagForReview.class));
    }

    @Test
    void flagsANewcomerWhoseNameImpersonatesSupportBeforeTheyPost() {
        UserRef impostor = new UserRef(Platform.TELEGRAM, "77", "admin_support_help", "Official Support", false);

        List<Decision> decisions = fixture.bot.handle(new MemberJoined(GROUP, impostor, Set.of(), NOW));
        List<Decision> ordinary = fixture.bot.handle(new MemberJoined(GROUP, MEMBER, Set.of(), NOW));

        assertThat(decisions).singleElement().isInstanceOfSatisfying(FlagForReview.class, flag -> {
            assertThat(flag.card()).contains("IMPERSONATION", "flagged on joining");
            assertThat(flag.actions()).extracting(Choice::label).doesNotContain("Confirm: delete");
        });
        assertThat(ordinary).isEmpty();
    }

    @Test
    void staffAreExemptFromScoringButNotFromSecretRemoval() {
        assertThat(fixture.bot.handle(post(AGENT, "DM me if your withdrawal is stuck, I'm from support")))
                .noneMatch(d -> d instanceof FlagForReview || d instanceof DeleteMessage);
        assertThat(fixture.bot.handle(post(AGENT, SEED))).first().isInstanceOf(DeleteMessage.class);
    }

    @Test
    void aCommandForAnotherBotIsScreenedLikeAnyMessageAndNotRun() {
        List<Decision> scam = fixture.bot.handle(post(SCAMMER, "/start@claimdrop_bot " + FAKE_SUPPORT));
        List<Decision> foreignAllow = fixture.bot.handle(post(MODERATOR, "/allow@other_bot northwind.com"));
        List<Decision> ownAllow = fixture.bot.handle(post(MODERATOR, "/allow@WatchKeeper good-exchange.com"));

        assertThat(scam).anySatisfy(d -> assertThat(d).isInstanceOf(DeleteMessage.class));
        assertThat(fixture.cases.open()).singleElement().satisfies(c -> assertThat(c.author())
                .isEqualTo(SCAMMER));
        assertThat(foreignAllow).isEmpty();
        assertThat(fixture.domains.allowed()).containsExactly("good-exchange.com");
        assertThat(ownAllow).singleElement().isInstanceOf(Reply.class);
    }

    @Test
    void aReportAddressedToAnotherBotIsScreenedAsTheAuthorsOwnMessage() {
        List<Decision> decisions = fixture.bot.handle(post(SCAMMER, "/report@other_bot " + FAKE_SUPPORT));

        assertThat(decisions).anySatisfy(d -> assertThat(d).isInstanceOf(DeleteMessage.class));
        assertThat(fixture.cases.open()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(SCAMMER);
            assertThat(c.source()).isEqualTo(ModerationCase.Source.DETECTED);
        });
    }

    @Test
    void thePublicNoticeSaysWhoItNamesAndLeavesThePlatformsSyntaxToTheAdapter() {
        UserRef noHandle = new UserRef(Platform.TELEGRAM, "43", null, "Anna [VIP]", false);
        InboundMessage leak = InboundMessage.text("78", GROUP, noHandle, "my words " + SEED, NOW);

        List<Decision> decisions = fixture.bot.handle(leak);

        assertThat(decisions)
                .filteredOn(SendPrivate.class::isInstance)
                .singleElement()
                .satisfies(d -> {
                    Reply inChat = ((SendPrivate) d).fallback();
                    assertThat(inChat).isNotNull();
                    assertThat(inChat.mentions()).containsExactly(noHandle);
                    assertThat(inChat.text())
                            .startsWith(Mentions.placeholder(0) + ", ")
                            .doesNotContain("tg://", "](", "<@", "Anna", "43");
                });
    }
}
