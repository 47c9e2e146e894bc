package dev.watchkeeper.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.ticket.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInGateTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:10Z");
    private final Map<String, ConsoleGrant> links = new HashMap<>();
    private final SignInGate.Redeemer redeemer = (token, now) -> Optional.ofNullable(links.remove(token));

    private SignInGate gate(Instant at) {
        return new SignInGate(redeemer, 3, Clock.fixed(at, ZoneOffset.UTC));
    }

    private ConsoleGrant grant() {
        return new ConsoleGrant(
                UserRef.member(Platform.TELEGRAM, "7"), Set.of(), Set.of(ConsoleRole.MODERATOR), NOW.plusSeconds(600));
    }

    @Test
    void aGoodTokenSignsInOnceAndAReusedOneIsRefused() {
        links.put("good", grant());
        SignInGate gate = gate(NOW);

        assertThat(gate.signIn("10.0.0.1", "good")).isInstanceOf(SignInGate.Attempt.Granted.class);
        assertThat(gate.signIn("10.0.0.1", "good")).isInstanceOf(SignInGate.Attempt.Refused.class);
    }

    @Test
    void anAddressBeyondItsAttemptsThisMinuteIsThrottledEvenWithAGoodToken() {
        links.put("good", grant());
        SignInGate gate = gate(NOW);
        for (int i = 0; i < 3; i++) {
            assertThat(gate.signIn("10.0.0.1", "guess" + i)).isInstanceOf(SignInGate.Attempt.Refused.class);
        }

        assertThat(gate.signIn("10.0.0.1", "good")).isInstanceOf(SignInGate.Attempt.Throttled.class);
        assertThat(links).containsKey("good");
        assertThat(gate.signIn("10.0.0.2", "good")).isInstanceOf(SignInGate.Attempt.Granted.class);
    }

    @Test
    void theAttemptsCountAfreshTheNextMinute() {
        MutableClock clock = new MutableClock(NOW);
        SignInGate gate = new SignInGate(redeemer, 1, clock);
        gate.signIn("10.0.0.1", "a");
        assertThat(gate.signIn("10.0.0.1", "b")).isInstanceOf(SignInGate.Attempt.Throttled.class);

        clock.advance(java.time.Duration.ofSeconds(60));

        assertThat(gate.signIn("10.0.0.1", "c")).isInstanceOf(SignInGate.Attempt.Refused.class);
    }

    @Test
    void noAttemptsAtAllIsNotASetting() {
        assertThatThrownBy(() -> new SignInGate(redeemer, 0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
