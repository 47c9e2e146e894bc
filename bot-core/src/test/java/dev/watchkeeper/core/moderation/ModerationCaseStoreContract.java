package dev.watchkeeper.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ModerationCaseStore} must have. */
public abstract class ModerationCaseStoreContract {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef SCAMMER = new UserRef(Platform.TELEGRAM, "66", "support_desk", "Support", false);

    /** An empty store. */
    protected abstract ModerationCaseStore newStore();

    /** A handle over the same data after a restart; the same if it cannot restart. */
    protected ModerationCaseStore reopened(ModerationCaseStore current) {
        return current;
    }

    /** An open case, as the moderation desk builds one. */
    public static ModerationCase openCase(CaseId id, Instant at) {
        return ModerationCase.detected(
                id,
                new ScamVerdict(Verdict.SCAM, 0.97, List.of(new ScamReason(Signal.FAKE_SUPPORT, "poses as support"))),
                "dm me for support, send your [redacted: seed phrase]",
                SCAMMER,
                GROUP,
                new MessageRef(GROUP, "5531"),
                true,
                at);
    }

    @Test
    void idsAreNeverReused() {
        ModerationCaseStore store = newStore();
        Set<CaseId> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            assertThat(ids.add(store.nextId())).isTrue();
        }
        assertThat(ids.add(reopened(store).nextId())).isTrue();
    }

    @Test
    void findsTheOpenCaseAboutAMessageAndNoneOnceItIsResolved() {
        ModerationCaseStore store = newStore();
        ModerationCase open = openCase(store.nextId(), T);
        store.add(open);

        assertThat(store.openCaseAbout(new MessageRef(GROUP, "5531"))).contains(open);
        assertThat(store.openCaseAbout(new MessageRef(GROUP, "5532"))).isEmpty();

        store.resolve(
                open,
                open.resolved(ModerationCase.Status.CONFIRMED, new ModerationCase.Resolution(SCAMMER, "delete", T)));
        assertThat(store.openCaseAbout(new MessageRef(GROUP, "5531"))).isEmpty();
    }

    @Test
    void keepsOpenCasesOldestFirstAcrossARestart() {
        ModerationCaseStore store = newStore();
        ModerationCase later = openCase(store.nextId(), T.plusSeconds(60));
        ModerationCase earlier = openCase(store.nextId(), T);
        store.add(later);
        store.add(earlier);

        ModerationCaseStore after = reopened(store);

        assertThat(after.open()).containsExactly(earlier, later);
        assertThat(after.find(later.id())).contains(later);
        assertThat(after.find(CaseId.of(999_999))).isEmpty();
    }

    @Test
    void keepsAReportWhoseAuthorIsUnknownApartFromItsReporter() {
        ModerationCaseStore store = newStore();
        UserRef reporter = UserRef.member(Platform.TELEGRAM, "41");
        ModerationCase report = ModerationCase.reportedWords(
                store.nextId(),
                new ScamVerdict(Verdict.SUSPICIOUS, 0.6, List.of()),
                "this guy sent me okx-claim.xyz",
                GROUP,
                reporter,
                true,
                T);
        store.add(report);

        ModerationCase found = reopened(store).find(report.id()).orElseThrow();

        assertThat(found).isEqualTo(report);
        assertThat(found.author()).isNull();
        assertThat(found.learnable()).isFalse();
    }

    @Test
    void onlyTheFirstOfModeratorsActingAtOnceResolves() throws Exception {
        ModerationCaseStore store = newStore();
        ModerationCase open = openCase(store.nextId(), T);
        store.add(open);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<ModerationCase> won = new ArrayList<>();
        try {
            List<Future<Optional<ModerationCase>>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                UserRef moderator = UserRef.member(Platform.DISCORD, "80" + i);
                attempts.add(pool.submit(() -> {
                    start.await();
                    return store.resolve(
                            open,
                            open.resolved(
                                    ModerationCase.Status.CONFIRMED,
                                    new ModerationCase.Resolution(moderator, "ban", T.plusSeconds(5))));
                }));
            }
            start.countDown();
            for (Future<Optional<ModerationCase>> attempt : attempts) {
                attempt.get(10, TimeUnit.SECONDS).ifPresent(won::add);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(won).hasSize(1);
        assertThat(store.find(open.id())).contains(won.getFirst());
        assertThat(store.open()).isEmpty();
        assertThat(store.resolve(won.getFirst(), open)).isEmpty();
    }

    private static ModerationCase flagged(CaseId id, Verdict verdict, double score, UserRef author, Instant at) {
        return ModerationCase.detected(
                id,
                new ScamVerdict(verdict, score, List.of(new ScamReason(Signal.FAKE_SUPPORT, "poses as support"))),
                "dm me for support",
                author,
                GROUP,
                new MessageRef(GROUP, "m-" + id.number()),
                false,
                at);
    }

    @Test
    void pagesOpenCasesUrgentReportsFirstThenWorseVerdictHigherScoreAndOlderAge() {
        ModerationCaseStore store = newStore();
        ModerationCase suspicious = flagged(store.nextId(), Verdict.SUSPICIOUS, 0.99, SCAMMER, T);
        ModerationCase newerScam = flagged(store.nextId(), Verdict.SCAM, 0.9, SCAMMER, T.plusSeconds(60));
        ModerationCase olderScam = flagged(store.nextId(), Verdict.SCAM, 0.9, SCAMMER, T.plusSeconds(30));
        ModerationCase surerScam = flagged(store.nextId(), Verdict.SCAM, 0.95, SCAMMER, T.plusSeconds(90));
        ModerationCase victim = ModerationCase.reportedWords(
                store.nextId(),
                new ScamVerdict(Verdict.SUSPICIOUS, 0.3, List.of()),
                "they took my funds",
                GROUP,
                UserRef.member(Platform.TELEGRAM, "41"),
                true,
                T.plusSeconds(120));
        ModerationCase resolved = flagged(store.nextId(), Verdict.SCAM, 1.0, SCAMMER, T);
        for (ModerationCase c : List.of(suspicious, newerScam, olderScam, surerScam, victim, resolved)) {
            store.add(c);
        }
        store.resolve(
                resolved,
                resolved.resolved(
                        ModerationCase.Status.DISMISSED, new ModerationCase.Resolution(SCAMMER, "dismiss", T)));

        ModerationCaseStore after = reopened(store);

        assertThat(after.openCount()).isEqualTo(5);
        assertThat(after.openByUrgency(0, 3)).containsExactly(victim, surerScam, olderScam);
        assertThat(after.openByUrgency(3, 3)).containsExactly(newerScam, suspicious);
        assertThat(after.openByUrgency(5, 3)).isEmpty();
        assertThatThrownBy(() -> after.openByUrgency(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> after.openByUrgency(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsTheCasesAMemberWroteOpenAndResolvedNewestFirst() {
        ModerationCaseStore store = newStore();
        UserRef renamed = new UserRef(Platform.TELEGRAM, SCAMMER.id(), "helpdesk", "Help", false);
        UserRef other = UserRef.member(Platform.TELEGRAM, "67");
        UserRef sameIdElsewhere = UserRef.member(Platform.DISCORD, SCAMMER.id());
        ModerationCase first = flagged(store.nextId(), Verdict.SCAM, 0.9, SCAMMER, T);
        ModerationCase second = flagged(store.nextId(), Verdict.SUSPICIOUS, 0.6, renamed, T.plusSeconds(60));
        ModerationCase third = flagged(store.nextId(), Verdict.SCAM, 0.9, SCAMMER, T.plusSeconds(120));
        ModerationCase notTheirs = flagged(store.nextId(), Verdict.SCAM, 0.9, other, T.plusSeconds(30));
        ModerationCase elsewhere = flagged(store.nextId(), Verdict.SCAM, 0.9, sameIdElsewhere, T.plusSeconds(30));
        for (ModerationCase c : List.of(first, second, third, notTheirs, elsewhere)) {
            store.add(c);
        }
        ModerationCase banned = first.resolved(
                ModerationCase.Status.CONFIRMED, new ModerationCase.Resolution(other, "ban", T.plusSeconds(5)));
        store.resolve(first, banned);

        ModerationCaseStore after = reopened(store);

        assertThat(after.authoredBy(SCAMMER, 10)).containsExactly(third, second, banned);
        assertThat(after.authoredBy(renamed, 2)).containsExactly(third, second);
        assertThat(after.authoredBy(UserRef.member(Platform.TELEGRAM, "nobody"), 10))
                .isEmpty();
    }
}
