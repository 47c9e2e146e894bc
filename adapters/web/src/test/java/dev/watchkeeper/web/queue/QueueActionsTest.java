package dev.watchkeeper.web.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.shield.Verdict;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueueActionsTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueActions actions = new QueueActions(fixture.bot.cases, fixture.gateway);

    @Test
    void banningACaseResolvesItAndSendsTheBanToThePlatform() {
        ModerationCase c = fixture.flagged(Verdict.SCAM, 0.97, QueueFixture.SCAMMER, 2);

        List<String> lines = actions.press(QueueFixture.moderator(), c.id().value(), "ban");

        assertThat(lines).containsExactly(c.id() + ": ban done.");
        assertThat(fixture.bot.cases.find(c.id()).orElseThrow().status()).isEqualTo(ModerationCase.Status.CONFIRMED);
        assertThat(fixture.sent)
                .filteredOn(RestrictMember.class::isInstance)
                .map(d -> ((RestrictMember) d).kind())
                .containsExactly(RestrictMember.Kind.BAN);
        assertThat(fixture.bot.audit.since(QueueFixture.NOW))
                .extracting(e -> e.action())
                .contains("console case ban", "confirm-ban");
    }

    @Test
    void dismissesManyAtOnceAndSaysWhichWereAlreadyResolvedOrUnknown() {
        ModerationCase first = fixture.flagged(Verdict.SCAM, 0.9, QueueFixture.SCAMMER, 2);
        ModerationCase second = fixture.flagged(Verdict.SUSPICIOUS, 0.6, QueueFixture.SCAMMER, 1);
        actions.press(QueueFixture.moderator(), second.id().value(), "dismiss");

        List<String> lines = actions.pressAll(
                QueueFixture.moderator(),
                List.of(first.id().value(), second.id().value(), "MC-999", "nonsense"),
                "dismiss");

        assertThat(lines)
                .containsExactly(
                        first.id() + ": dismiss done.",
                        second.id() + " is already resolved.",
                        "No case MC-999.",
                        "No case nonsense.");
        assertThat(fixture.bot.cases.open()).isEmpty();
    }

    @Test
    void theCoreRefusesAMemberItDoesNotKnowAsAModerator() {
        ModerationCase c = fixture.flagged(Verdict.SCAM, 0.9, QueueFixture.SCAMMER, 2);

        List<String> lines = actions.press(QueueFixture.impostor(), c.id().value(), "ban");

        assertThat(lines).hasSize(1).first().asString().startsWith(c.id() + ": ");
        assertThat(fixture.bot.cases.find(c.id()).orElseThrow().status()).isEqualTo(ModerationCase.Status.OPEN);
        assertThat(fixture.sent).noneMatch(RestrictMember.class::isInstance);
    }

    @Test
    void anActionTheCaseDoesNotOfferIsNotPressed() {
        ModerationCase c = fixture.flagged(Verdict.SCAM, 0.9, QueueFixture.SCAMMER, 2);

        List<String> lines = actions.press(QueueFixture.moderator(), c.id().value(), "confirm");

        assertThat(lines).containsExactly(c.id() + " does not offer confirm.");
        assertThat(fixture.bot.cases.open()).containsExactly(c);
    }

    @Test
    void refusesAnEmptyOrOversizedSelection() {
        assertThatThrownBy(() -> actions.pressAll(QueueFixture.moderator(), List.of(), "ban"))
                .hasMessage("Select between 1 and 50 cases.");
        assertThatThrownBy(() -> actions.pressAll(
                        QueueFixture.moderator(),
                        IntStream.rangeClosed(1, 51).mapToObj(i -> "MC-" + i).toList(),
                        "ban"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
