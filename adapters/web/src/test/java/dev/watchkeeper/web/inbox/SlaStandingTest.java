package dev.watchkeeper.web.inbox;

import static dev.watchkeeper.web.inbox.TicketSamples.NOW;
import static dev.watchkeeper.web.inbox.TicketSamples.member;
import static dev.watchkeeper.web.inbox.TicketSamples.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.SlaPolicy;
import dev.watchkeeper.core.ticket.model.Ticket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaStandingTest {
    private static final SlaPolicy POLICY = SlaPolicy.defaults();

    @Test
    void aNormalTicketWaitsOnItsFirstResponseDueFourHoursAfterOpening() {
        Ticket fresh = ticket(1, member(Platform.TELEGRAM, "1"), NOW.minus(Duration.ofMinutes(30)));

        SlaStanding standing = SlaStanding.of(fresh, POLICY, NOW);

        assertThat(standing.state()).isEqualTo(SlaState.OK);
        assertThat(standing.pending()).isEqualTo(SlaKind.FIRST_RESPONSE);
        assertThat(standing.due()).isEqualTo(NOW.plus(Duration.ofMinutes(210)));
        assertThat(standing.describe(NOW)).isEqualTo("first response due in 3h 30m");
    }

    @Test
    void isAtRiskInTheLastQuarterOfTheTargetAndBreachedAfterIt() {
        Ticket opened3h10mAgo = ticket(1, member(Platform.TELEGRAM, "1"), NOW.minus(Duration.ofMinutes(190)));
        Ticket opened5hAgo = ticket(2, member(Platform.TELEGRAM, "2"), NOW.minus(Duration.ofHours(5)));

        assertThat(SlaStanding.of(opened3h10mAgo, POLICY, NOW).state()).isEqualTo(SlaState.AT_RISK);
        SlaStanding late = SlaStanding.of(opened5hAgo, POLICY, NOW);
        assertThat(late.state()).isEqualTo(SlaState.BREACHED);
        assertThat(late.describe(NOW)).isEqualTo("first response overdue by 1h 0m");
    }

    @Test
    void afterTheFirstResponseItWaitsOnResolution() {
        Ticket answered = ticket(1, member(Platform.TELEGRAM, "1"), NOW.minus(Duration.ofHours(5)))
                .responded(NOW.minus(Duration.ofHours(4)));

        SlaStanding standing = SlaStanding.of(answered, POLICY, NOW);

        assertThat(standing.pending()).isEqualTo(SlaKind.RESOLUTION);
        assertThat(standing.state()).isEqualTo(SlaState.OK);
        assertThat(standing.describe(NOW)).isEqualTo("resolution due in 2d 19h");
    }

    @Test
    void aBreachTheMonitorRecordedStaysBreachedEvenOnceResolved() {
        Ticket breached = ticket(1, member(Platform.TELEGRAM, "1"), NOW.minus(Duration.ofHours(5)))
                .breached(SlaKind.FIRST_RESPONSE);

        assertThat(SlaStanding.of(breached, POLICY, NOW).state()).isEqualTo(SlaState.BREACHED);
        SlaStanding resolved = SlaStanding.of(breached.resolved("done", NOW), POLICY, NOW);
        assertThat(resolved.state()).isEqualTo(SlaState.BREACHED);
        assertThat(resolved.due()).isNull();
        assertThat(SlaStanding.of(ticket(2, member(Platform.TELEGRAM, "2"), NOW).resolved("done", NOW), POLICY, NOW)
                        .state())
                .isEqualTo(SlaState.OK);
    }
}
