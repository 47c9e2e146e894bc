package dev.watchkeeper.core.incident.signal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.incident.AtOnce;
import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SignalStore} must have. Extended by the in-memory test here and by
 * the Redis integration test; {@link #otherInstance} lets a shared store prove that two instances
 * of the bot count together and alert once.
 */
public abstract class SignalStoreContract {
    private static final String TOPIC = "withdrawal-pending";
    /** 2026-12-03T09:00Z in minutes since the epoch. */
    private static final long M = Instant.parse("2026-12-03T09:00:00Z").getEpochSecond() / 60;

    /** A new, empty store that keeps {@code retention} of history. */
    protected abstract SignalStore newStore(Duration retention);

    /** Another instance of the bot on the same data; the same instance for a store of one process. */
    protected SignalStore otherInstance(SignalStore current) {
        return current;
    }

    private static SignalSample telegram(String language, String example) {
        return new SignalSample(Platform.TELEGRAM, language, example);
    }

    private static SignalSample discord(String language, String example) {
        return new SignalSample(Platform.DISCORD, language, example);
    }

    @Test
    void countsDistinctMembersAcrossMinutes() {
        SignalStore store = newStore(Duration.ofHours(1));
        SignalStore other = otherInstance(store);
        store.record(TOPIC, M, "telegram:1", telegram("en", "withdrawal stuck"));
        store.record(TOPIC, M, "telegram:1", telegram("en", "still stuck"));
        other.record(TOPIC, M, "discord:2", discord("de", "Auszahlung hängt"));
        store.record(TOPIC, M + 1, "telegram:1", telegram("en", "hello??"));
        other.record(TOPIC, M + 1, "telegram:3", telegram("ru", "вывод завис"));
        store.record(TOPIC, M + 3, "discord:4", discord("en", "pending for an hour"));
        store.record("login-failed", M + 1, "telegram:9", telegram("en", "cannot log in"));

        assertThat(store.distinctMembers(TOPIC, M, M + 3)).isEqualTo(4);
        assertThat(other.distinctMembers(TOPIC, M, M + 1)).isEqualTo(3);
        assertThat(store.distinctMembers(TOPIC, M + 1, M + 1)).isEqualTo(2);
        assertThat(store.distinctMembers(TOPIC, M + 2, M + 2)).isZero();
        assertThat(store.distinctMembers("login-failed", M, M + 3)).isEqualTo(1);
        assertThat(store.distinctMembers(TOPIC, M + 3, M)).isZero();
    }

    @Test
    void recordsOneMessageOnSeveralTopicsAtOnce() {
        SignalStore store = newStore(Duration.ofHours(1));
        store.recordAll(
                java.util.List.of(TOPIC, "tag:withdrawal", "tag:outage"),
                M,
                "telegram:1",
                telegram("en", "withdrawal stuck"));
        store.recordAll(java.util.List.of(TOPIC, "tag:withdrawal"), M + 1, "telegram:2", telegram("ru", "вывод завис"));

        assertThat(store.distinctMembers(TOPIC, M, M + 1)).isEqualTo(2);
        assertThat(otherInstance(store).distinctMembers("tag:withdrawal", M, M + 1))
                .isEqualTo(2);
        assertThat(store.distinctMembers("tag:outage", M, M + 1)).isEqualTo(1);
        assertThat(store.window("tag:outage", M, M + 1, 3).examples()).containsExactly("withdrawal stuck");
        assertThat(store.since()).hasValue(M);
    }

    @Test
    void knowsSinceWhenItCountsForEveryInstance() {
        SignalStore store = newStore(Duration.ofHours(1));
        assertThat(store.since()).isEmpty();

        store.record(TOPIC, M, "telegram:1", telegram("en", ""));
        otherInstance(store).record("login-failed", M + 5, "telegram:2", telegram("en", ""));

        assertThat(store.since()).hasValue(M);
        assertThat(otherInstance(store).since()).hasValue(M);
    }

    @Test
    void memberMinutesAddUpEachMinutesDistinctMembers() {
        SignalStore store = newStore(Duration.ofHours(1));
        store.record(TOPIC, M, "telegram:1", telegram("en", ""));
        store.record(TOPIC, M, "telegram:1", telegram("en", ""));
        store.record(TOPIC, M, "discord:2", discord("en", ""));
        store.record(TOPIC, M + 1, "telegram:1", telegram("en", ""));
        store.record(TOPIC, M + 1, "telegram:3", telegram("en", ""));
        store.record(TOPIC, M + 3, "discord:4", discord("en", ""));

        assertThat(store.memberMinutes(TOPIC, M, M + 3)).isEqualTo(5);
        assertThat(otherInstance(store).memberMinutes(TOPIC, M + 1, M + 59)).isEqualTo(3);
        assertThat(store.memberMinutes(TOPIC, M - 60, M - 1)).isZero();
        assertThat(store.memberMinutes("unknown", M, M + 3)).isZero();
    }

    @Test
    void windowCountsPlatformsAndLanguagesAndShowsTheNewestExamplesOnce() {
        SignalStore store = newStore(Duration.ofHours(1));
        store.record(TOPIC, M, "telegram:1", telegram("en", "oldest"));
        store.record(TOPIC, M, "discord:2", discord("de", "same words"));
        store.record(TOPIC, M + 1, "telegram:3", telegram("ru", "middle"));
        store.record(TOPIC, M + 2, "telegram:4", telegram("en", "same words"));
        store.record(TOPIC, M + 2, "discord:5", discord("en", ""));
        store.record(TOPIC, M + 2, "telegram:6", telegram("es", "newest"));
        store.record(TOPIC, M + 5, "telegram:7", telegram("en", "after the window"));

        SignalWindow window = store.window(TOPIC, M, M + 2, 4);

        assertThat(window.members()).isEqualTo(6);
        assertThat(window.platforms()).isEqualTo(Map.of("telegram", 4, "discord", 2));
        assertThat(window.languages()).isEqualTo(Map.of("en", 3, "de", 1, "ru", 1, "es", 1));
        assertThat(window.examples()).containsExactly("newest", "same words", "middle", "oldest");
        assertThat(window.firstMinute()).isEqualTo(M);
        assertThat(otherInstance(store).window(TOPIC, M, M + 2, 2).examples()).containsExactly("newest", "same words");
        assertThat(store.window(TOPIC, M + 1, M + 4, 10).firstMinute()).isEqualTo(M + 1);
        assertThat(store.window(TOPIC, M, M + 2, 0).examples()).isEmpty();
    }

    @Test
    void aBusyMinuteKeepsItsTenNewestExamples() {
        SignalStore store = newStore(Duration.ofHours(1));
        for (int i = 0; i < 25; i++) {
            store.record(TOPIC, M, "telegram:" + i, telegram("en", "example " + i));
        }

        SignalWindow window = store.window(TOPIC, M, M, 10);

        assertThat(window.members()).isEqualTo(25);
        assertThat(window.examples())
                .containsExactly(
                        "example 24",
                        "example 23",
                        "example 22",
                        "example 21",
                        "example 20",
                        "example 19",
                        "example 18",
                        "example 17",
                        "example 16",
                        "example 15");
    }

    @Test
    void anEmptyWindowStartsAtItsEnd() {
        SignalStore store = newStore(Duration.ofHours(1));

        SignalWindow window = store.window(TOPIC, M, M + 9, 3);

        assertThat(window.members()).isZero();
        assertThat(window.platforms()).isEmpty();
        assertThat(window.languages()).isEmpty();
        assertThat(window.examples()).isEmpty();
        assertThat(window.firstMinute()).isEqualTo(M + 9);
    }

    @Test
    void keepsTheRetentionAndForgetsOlderMinutes() {
        SignalStore store = newStore(Duration.ofMinutes(10));
        store.record(TOPIC, M, "telegram:1", telegram("en", "first"));
        store.record(TOPIC, M + 10, "telegram:2", telegram("en", "ten minutes later"));

        assertThat(store.distinctMembers(TOPIC, M, M + 10)).isEqualTo(2);

        store.record(TOPIC, M + 11, "telegram:3", telegram("en", "eleven minutes later"));

        assertThat(store.distinctMembers(TOPIC, M, M + 11)).isEqualTo(2);
        assertThat(store.memberMinutes(TOPIC, M, M)).isZero();
        assertThat(otherInstance(store).window(TOPIC, M, M + 11, 5).examples())
                .containsExactly("eleven minutes later", "ten minutes later");
    }

    @Test
    void anAlertIsClaimedOncePerCooldownAcrossInstances() {
        SignalStore first = newStore(Duration.ofHours(1));
        SignalStore second = otherInstance(first);
        Instant now = Instant.now();

        assertThat(first.claimAlert(TOPIC, now, now.plus(Duration.ofHours(1)))).isTrue();
        assertThat(second.claimAlert(TOPIC, now.plusSeconds(1), now.plus(Duration.ofHours(1))))
                .isFalse();
        assertThat(first.claimAlert(TOPIC, now.plusSeconds(2), now.plus(Duration.ofHours(1))))
                .isFalse();
        assertThat(second.claimAlert("login-failed", now, now.plus(Duration.ofHours(1))))
                .isTrue();
    }

    @Test
    void ofInstancesClaimingAtOnceOneAlerts() throws Exception {
        SignalStore first = newStore(Duration.ofHours(1));
        List<SignalStore> instances = List.of(first, otherInstance(first));
        Instant now = Instant.now();

        List<Boolean> claims =
                AtOnce.run(8, i -> () -> instances.get(i % 2).claimAlert(TOPIC, now, now.plus(Duration.ofHours(1))));

        assertThat(claims).containsOnlyOnce(true);
    }

    @Test
    void theTopicAlertsAgainOnceTheCooldownPassed() throws Exception {
        SignalStore first = newStore(Duration.ofHours(1));
        SignalStore second = otherInstance(first);
        Instant now = Instant.now();
        Duration cooldown = Duration.ofMillis(300);

        assertThat(first.claimAlert(TOPIC, now, now.plus(cooldown))).isTrue();
        Thread.sleep(cooldown.toMillis() + 200);
        Instant later = Instant.now();

        assertThat(second.claimAlert(TOPIC, later, later.plus(cooldown))).isTrue();
        assertThat(first.claimAlert(TOPIC, later, later.plus(cooldown))).isFalse();
    }
}
