package dev.watchkeeper.web.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.shield.Verdict;
import org.junit.jupiter.api.Test;

class AuditAndHistoryTest {
    private final QueueFixture fixture = new QueueFixture();
    private final AuditView audit = new AuditView(fixture.bot.audit, fixture.clock);
    private final MemberHistory history = new MemberHistory(fixture.bot.cases, audit, fixture.clock);
    private final QueueActions actions = new QueueActions(fixture.bot.cases, fixture.gateway);

    @Test
    void listsTheLogNewestFirstFilteredByActorAndAction() {
        record(60, "telegram:7", "claim");
        record(30, "telegram:8", "close");
        record(10, "telegram:7", "close");
        record(60 * 24 * 40, "telegram:7", "close");

        assertThat(audit.page("", "", 1).items())
                .extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("telegram:7", "close"),
                        org.assertj.core.groups.Tuple.tuple("telegram:8", "close"),
                        org.assertj.core.groups.Tuple.tuple("telegram:7", "claim"));
        assertThat(audit.page(" TELEGRAM:7 ", "close", 1).items()).hasSize(1);
        assertThat(audit.page("", "claim", 5).number()).isEqualTo(1);
    }

    @Test
    void aMembersHistoryHoldsTheirOpenAndResolvedCasesAndWhatWasDoneAboutThem() {
        ModerationCase older = fixture.flagged(Verdict.SCAM, 0.9, QueueFixture.SCAMMER, 30);
        ModerationCase newer = fixture.flagged(Verdict.SUSPICIOUS, 0.6, QueueFixture.SCAMMER, 5);
        fixture.flagged(Verdict.SCAM, 0.9, UserRef.member(Platform.TELEGRAM, "67"), 5);
        actions.press(QueueFixture.moderator(), older.id().value(), "ban");
        record(1, "telegram:66", "forgetme");

        MemberHistory.History seen = history.of("telegram", "66");

        assertThat(seen.member()).isEqualTo("telegram:66");
        assertThat(seen.name()).isEqualTo("Support");
        assertThat(seen.cases())
                .extracting(CaseRow::id, CaseRow::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(newer.id().value(), "open"),
                        org.assertj.core.groups.Tuple.tuple(older.id().value(), "confirmed"));
        assertThat(seen.cases().get(1).resolution()).isEqualTo("ban by Mia (telegram:7)");
        assertThat(seen.audit()).extracting(AuditEntry::action).contains("forgetme", "confirm-ban", "console case ban");
    }

    @Test
    void refusesAnUnknownPlatform() {
        assertThatThrownBy(() -> history.of("myspace", "66")).hasMessage("Unknown platform: myspace.");
    }

    private void record(long minutesAgo, String actor, String action) {
        fixture.bot.audit.record(
                new AuditEntry(QueueFixture.NOW.minusSeconds(60 * minutesAgo), actor, action, "WK-1", "test"));
    }
}
