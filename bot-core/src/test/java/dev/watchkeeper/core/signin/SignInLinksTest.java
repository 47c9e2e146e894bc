package dev.watchkeeper.core.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SignInLinksTest {
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final UserRef ALEX = new UserRef(Platform.TELEGRAM, "42", "alex", "Agent Alex", false);
    private static final SignInSettings ON =
            new SignInSettings("https://console.example.com/", Duration.ofMinutes(10), SupervisorRoster.none());

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingSignIns store = new RecordingSignIns(new InMemoryConsoleSignIns(clock));
    private final SignInLinks links = new SignInLinks(store, ON, clock);

    @Test
    void aTokenIs43Base64UrlCharactersAndNeverTheSameTwice() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(links.issue(agentGrant()));
        }

        assertThat(tokens).hasSize(100).allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theStoreKeepsTheTokensSha256AndNeverTheToken() {
        String token = links.issue(agentGrant());

        assertThat(store.kept).containsOnlyKeys(SignInLinks.hash(token));
        assertThat(SignInLinks.hash(token)).matches("[0-9a-f]{64}").doesNotContain(token);
    }

    @Test
    void aRedeemedLinkWorksOnce() {
        ConsoleGrant grant = agentGrant();
        String token = links.issue(grant);

        assertThat(links.redeem(token, NOW.plusSeconds(30))).contains(grant);
        assertThat(links.redeem(token, NOW.plusSeconds(31))).isEmpty();
    }

    @Test
    void aLinkWorksUntilJustBeforeItExpires() {
        String token = links.issue(agentGrant());

        assertThat(links.redeem(token, NOW.plus(Duration.ofMinutes(10)).minusMillis(1)))
                .isPresent();
    }

    @Test
    void anExpiredLinkFails() {
        String token = links.issue(agentGrant());
        clock.advance(Duration.ofMinutes(10));

        assertThat(links.redeem(token, clock.instant())).isEmpty();
    }

    @Test
    void aLinkRedeemedAfterItsExpiryFailsEvenWhenTheStoreStillHasIt() {
        String token = links.issue(agentGrant());

        assertThat(links.redeem(token, NOW.plus(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void malformedTokensFailWithoutReachingTheStore() {
        String token = links.issue(agentGrant());
        store.takes = 0;

        assertThat(links.redeem(null, NOW)).isEmpty();
        assertThat(links.redeem("", NOW)).isEmpty();
        assertThat(links.redeem(token.substring(1), NOW)).isEmpty();
        assertThat(links.redeem(token + "A", NOW)).isEmpty();
        assertThat(links.redeem(token.substring(1) + "=", NOW)).isEmpty();
        assertThat(links.redeem(token.substring(1) + "/", NOW)).isEmpty();
        assertThat(links.redeem(" " + token.substring(1), NOW)).isEmpty();
        assertThat(store.takes).isZero();
        assertThat(links.redeem(token, NOW)).isPresent();
    }

    @Test
    void aWellFormedTokenThatWasNeverIssuedFails() {
        links.issue(agentGrant());

        assertThat(links.redeem("A".repeat(43), NOW)).isEmpty();
    }

    @Test
    void theLinkIsTheSignInPageOfTheConsoleWithTheToken() {
        String token = links.issue(agentGrant());

        assertThat(links.link(token)).isEqualTo("https://console.example.com/console/sign-in?token=" + token);
    }

    @Test
    void aConsoleWhosePortIsPickedAtStartLinksToTheAddressKnownWhenTheLinkIsMade() {
        AtomicReference<String> address = new AtomicReference<>("http://localhost:0");
        SignInLinks late = new SignInLinks(store, ON, address::get, clock);
        address.set("http://localhost:41234/");

        assertThat(late.link("t")).isEqualTo("http://localhost:41234/console/sign-in?token=t");
    }

    @Test
    void aGrantExpiresALinksLifetimeAfterItIsMade() {
        ConsoleGrant grant = links.grant(ALEX, Set.of("staff"), Set.of(ConsoleRole.AGENT));

        assertThat(grant.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(grant.platformRoles()).containsExactly("staff");
    }

    @Test
    void noLinkIsMadeWhileTheConsoleIsOff() {
        SignInLinks off = new SignInLinks(store, SignInSettings.off(), clock);

        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.issue(agentGrant()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("watchkeeper.web.port");
        assertThatThrownBy(() -> off.link("A".repeat(43))).isInstanceOf(IllegalStateException.class);
        assertThat(store.kept).isEmpty();
    }

    @Test
    void settingsRefuseANonPositiveLifetimeAndAnAddressThatIsNoHttpUrl() {
        assertThatThrownBy(() -> new SignInSettings("https://x", Duration.ZERO, SupervisorRoster.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(
                        () -> new SignInSettings("console.example.com", Duration.ofMinutes(1), SupervisorRoster.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://");
    }

    private ConsoleGrant agentGrant() {
        return links.grant(ALEX, Set.of(), Set.of(ConsoleRole.AGENT));
    }

    /** The in-memory store, showing what it was given and how often it was asked. */
    private static final class RecordingSignIns implements ConsoleSignIns {
        final Map<String, ConsoleGrant> kept = new HashMap<>();
        final ConsoleSignIns delegate;
        int takes;

        RecordingSignIns(ConsoleSignIns delegate) {
            this.delegate = delegate;
        }

        @Override
        public void put(String tokenHash, ConsoleGrant grant) {
            kept.put(tokenHash, grant);
            delegate.put(tokenHash, grant);
        }

        @Override
        public Optional<ConsoleGrant> take(String tokenHash) {
            takes++;
            return delegate.take(tokenHash);
        }
    }
}
