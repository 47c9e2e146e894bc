package dev.watchkeeper.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Verdict;
import org.junit.jupiter.api.Test;

class QueueViewTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueView view = new QueueView(fixture.bot.cases, fixture.clock);

    @Test
    void showsUrgentReportsFirstThenScamsBySureness() {
        ModerationCase suspicious = fixture.flagged(Verdict.SUSPICIOUS, 0.7, QueueFixture.SCAMMER, 90);
        ModerationCase scam = fixture.flagged(Verdict.SCAM, 0.97, QueueFixture.SCAMMER, 3);
        ModerationCase victim = ModerationCase.reportedWords(
                fixture.bot.cases.nextId(),
                new ScamVerdict(Verdict.SUSPICIOUS, 0.2, java.util.List.of()),
                "someone took my funds",
                QueueFixture.GROUP,
                UserRef.member(Platform.TELEGRAM, "41"),
                true,
                QueueFixture.NOW);
        fixture.bot.cases.add(victim);

        Paged<CaseRow> page = view.page(1);

        assertThat(page.items())
                .extracting(CaseRow::id)
                .containsExactly(
                        victim.id().value(), scam.id().value(), suspicious.id().value());
        CaseRow first = page.items().get(1);
        assertThat(first.reasons()).containsExactly("fake support: poses as support");
        assertThat(first.text()).contains("[redacted: seed phrase]");
        assertThat(first.author()).isEqualTo("Support");
        assertThat(first.community()).isEqualTo("-100200");
        assertThat(first.platform()).isEqualTo("telegram");
        assertThat(first.source()).isEqualTo("detected");
        assertThat(first.age()).isEqualTo("3 min");
        assertThat(first.confirmations()).containsExactly("delete", "ban", "mute", "warn");
        assertThat(first.dismissable()).isTrue();
        assertThat(page.items().getFirst().author()).isNull();
        assertThat(page.items().getFirst().confirmations()).containsExactly("confirm");
        assertThat(page.items().get(2).age()).isEqualTo("1 h");
    }

    @Test
    void pagesFiftyCasesAtATimeAndKeepsAnAskedPageWithinTheLast() {
        for (int i = 0; i < 51; i++) {
            fixture.flagged(Verdict.SCAM, 0.9, QueueFixture.SCAMMER, 51 - i);
        }

        Paged<CaseRow> first = view.page(1);
        Paged<CaseRow> beyond = view.page(9);

        assertThat(first.items()).hasSize(50);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.total()).isEqualTo(51);
        assertThat(first.hasNext()).isTrue();
        assertThat(beyond.number()).isEqualTo(2);
        assertThat(beyond.items()).hasSize(1);
        assertThat(beyond.hasPrevious()).isTrue();
        assertThat(view.page(-3).number()).isEqualTo(1);
    }

    @Test
    void fingerprintChangesWhenACaseOpensOrIsResolved() {
        ModerationCase c = fixture.flagged(Verdict.SCAM, 0.9, QueueFixture.SCAMMER, 5);
        String before = view.fingerprint("1");

        fixture.flagged(Verdict.SCAM, 0.8, QueueFixture.SCAMMER, 1);
        String opened = view.fingerprint("1");
        fixture.bot.cases.resolve(
                c,
                c.resolved(
                        ModerationCase.Status.DISMISSED,
                        new ModerationCase.Resolution(QueueFixture.MODERATOR, "dismiss", QueueFixture.NOW)));
        String resolved = view.fingerprint("1");

        assertThat(opened).isNotEqualTo(before);
        assertThat(resolved).isNotEqualTo(opened).isNotEqualTo(before);
        assertThat(view.fingerprint("not a page")).isEqualTo(resolved);
        assertThat(view.fingerprint("1")).isEqualTo(resolved);
    }
}
