package dev.watchkeeper.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.wave.WaveKind;
import dev.watchkeeper.core.moderation.wave.WaveSamples;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.core.ticket.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scam waves end to end through {@code Bot.handle}: the moderators' alert, and stricter handling of new members. */
class ScamWaveFlowTest {
    private static final Instant START = Instant.parse("2026-11-21T12:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final ChatRef OTHER_GROUP = new ChatRef(Platform.TELEGRAM, "-101", ChatType.GROUP);
    private static final ChatRef MODS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    private static final UserRef MODERATOR = new UserRef(Platform.TELEGRAM, "7", "mia", "Mia", false);
    private static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "8", "alex", "Alex", false);
    /** What the shield finds suspicious, not a scam, from any member: a contact handle offered for help. */
    private static final String SUSPICIOUS = "Need help? contact @recovery_desk_help";

    private final MutableClock clock = new MutableClock(START);
    private BotFixture fixture = fixture("en");
    private int ids;

    private BotFixture fixture(String staffLanguage) {
        return new BotFixture(
                BotFixture.oneEntryKnowledgeBase(),
                STAFF,
                MODS,
                AGENT,
                MODERATOR,
                clock,
                Set.of("moderator"),
                MemberLanguage.byScript(),
                staffLanguage);
    }

    private static UserRef member(String id) {
        return new UserRef(Platform.TELEGRAM, id, null, "Member " + id, false);
    }

    private List<Decision> post(ChatRef chat, UserRef author, String text) {
        return fixture.bot.handle(
                InboundMessage.builder(new MessageRef(chat, Integer.toString(++ids)), author, clock.instant())
                        .text(text)
                        .build());
    }

    /** Five copies of the English airdrop post from five fresh accounts, a minute apart; what the bot did at the last. */
    private List<Decision> airdropBurst() {
        List<String> copies = WaveSamples.section("airdrop-en");
        List<Decision> last = List.of();
        for (int i = 0; i < 5; i++) {
            last = post(GROUP, member("90" + i), copies.get(i));
            clock.advance(Duration.ofMinutes(1));
        }
        return last;
    }

    private static List<StaffAlert> alerts(List<Decision> decisions) {
        return decisions.stream()
                .filter(StaffAlert.class::isInstance)
                .map(StaffAlert.class::cast)
                .toList();
    }

    @Test
    void aBurstOfAirdropCopiesAlertsTheModeratorsOnce() {
        List<Decision> fifth = airdropBurst();

        assertThat(fifth).filteredOn(DeleteMessage.class::isInstance).hasSize(1);
        assertThat(alerts(fifth)).singleElement().satisfies(alert -> {
            assertThat(alert.to().chat()).isEqualTo(MODS);
            assertThat(alert.text())
                    .contains("**Scam wave**: 5 near-identical flagged messages in the last 10 min")
                    .contains("Chats: telegram -100")
                    .contains("Platforms: telegram")
                    .contains("Claim your free 2,500 USDT")
                    .contains("Until 12:34 UTC (30 min after the wave's latest message)")
                    .contains("fewer than 5 messages");
        });
        assertThat(fixture.metrics.waves).singleElement().satisfies(w -> assertThat(w.kind())
                .isEqualTo(WaveKind.NEAR_DUPLICATES));
        assertThat(fixture.audit.since(Instant.EPOCH))
                .filteredOn(e -> e.action().equals("scam-wave"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(AuditEntry.SYSTEM);
                    assertThat(e.detail())
                            .isEqualTo("5 messages; chats: telegram -100")
                            .doesNotContain("USDT");
                });

        List<Decision> sixth =
                post(GROUP, member("906"), WaveSamples.section("airdrop-en").get(5));

        assertThat(sixth).filteredOn(DeleteMessage.class::isInstance).hasSize(1);
        assertThat(alerts(sixth)).isEmpty();
    }

    @Test
    void aNewDrainerDomainInTwoGroupsAlertsWithTheDomainToDeny() {
        List<String> posts = WaveSamples.section("drainer-domain");

        assertThat(alerts(post(GROUP, member("901"), posts.get(0)))).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        List<Decision> second = post(OTHER_GROUP, member("902"), posts.get(1));

        assertThat(alerts(second)).singleElement().satisfies(alert -> assertThat(alert.text())
                .contains("the new domain claim-exampleex.top, in 2 flagged messages")
                .contains("Chats: telegram -100, telegram -101")
                .contains("/deny claim-exampleex.top"));
    }

    @Test
    void duringAWaveANewMembersSuspiciousMessageIsHandledAsAScam() {
        List<Decision> before = post(GROUP, member("501"), SUSPICIOUS);
        assertThat(before).noneMatch(DeleteMessage.class::isInstance).anyMatch(FlagForReview.class::isInstance);

        airdropBurst();
        List<Decision> during = post(GROUP, member("502"), SUSPICIOUS);

        assertThat(during).anyMatch(DeleteMessage.class::isInstance).noneMatch(RestrictMember.class::isInstance);
        assertThat(during)
                .filteredOn(FlagForReview.class::isInstance)
                .singleElement()
                .satisfies(flag -> assertThat(((FlagForReview) flag).card())
                        .contains("scam")
                        .contains("during a scam wave: handled as a scam until 12:34 UTC"));
        assertThat(fixture.cases.open())
                .filteredOn(c -> c.author().equals(member("502")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.verdict()).isEqualTo(Verdict.SCAM);
                    assertThat(c.reasons()).anyMatch(r -> r.signal() == Signal.NEW_MEMBER);
                });
    }

    @Test
    void aMemberWhoJoinsDuringAWaveIsJudgedAsANewMember() {
        airdropBurst();
        UserRef newcomer = member("505");

        assertThat(fixture.bot.handle(new MemberJoined(GROUP, newcomer, Set.of(), clock.instant())))
                .isEmpty();
        clock.advance(Duration.ofMinutes(2));
        List<Decision> first = post(GROUP, newcomer, SUSPICIOUS);

        assertThat(first).anyMatch(DeleteMessage.class::isInstance);
    }

    @Test
    void duringAWaveAnOldMembersSuspiciousMessageIsHandledAsBefore() {
        UserRef regular = member("77");
        for (String text : List.of("gm", "thanks!", "deposit arrived", "nice update", "see you")) {
            post(GROUP, regular, text);
        }
        airdropBurst();

        List<Decision> during = post(GROUP, regular, SUSPICIOUS);

        assertThat(during).noneMatch(DeleteMessage.class::isInstance).anyMatch(FlagForReview.class::isInstance);
        assertThat(fixture.cases.open())
                .filteredOn(c -> c.author().equals(regular))
                .singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.SUSPICIOUS));
    }

    @Test
    void duringAWaveANewMembersHonestMessageIsLeftAlone() {
        airdropBurst();

        List<Decision> honest = post(GROUP, member("503"), "Hi all, is the airdrop in the announcements channel real?");

        assertThat(honest)
                .noneMatch(DeleteMessage.class::isInstance)
                .noneMatch(FlagForReview.class::isInstance)
                .noneMatch(StaffAlert.class::isInstance);
    }

    @Test
    void afterStrictModeEndsNewMembersAreJudgedAsBefore() {
        airdropBurst();
        clock.advance(Duration.ofMinutes(31));

        List<Decision> after = post(GROUP, member("504"), SUSPICIOUS);

        assertThat(after).noneMatch(DeleteMessage.class::isInstance).anyMatch(FlagForReview.class::isInstance);
    }

    @ParameterizedTest
    @CsvSource({
        "es, Ola de estafas",
        "pt, Onda de golpes",
        "ru, Волна мошенничества",
        "tr, Dolandırıcılık dalgası",
        "zh, 诈骗潮"
    })
    void theAlertIsInTheStaffLanguage(String language, String header) {
        fixture = fixture(language);

        List<Decision> fifth = airdropBurst();

        assertThat(alerts(fifth)).singleElement().satisfies(alert -> assertThat(alert.text())
                .contains(header)
                .contains("telegram -100")
                .contains("12:34")
                .doesNotContain("%"));
    }
}
