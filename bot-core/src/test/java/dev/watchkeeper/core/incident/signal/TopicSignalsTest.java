package dev.watchkeeper.core.incident.signal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicSignalsTest {
    private static final Instant START = Instant.parse("2026-12-03T00:00:00Z");
    private final SignalSettings settings =
            new SignalSettings(Duration.ofMinutes(10), Duration.ofHours(6), 5.0, 10, 1.0, Duration.ofHours(1), 3);
    private final InMemorySignalStore store = InMemorySignalStore.forSettings(settings);
    private final TopicSignals signals = new TopicSignals(store, settings);

    /** The store has counted since an hour before the tests' start: it has learned. */
    @org.junit.jupiter.api.BeforeEach
    void learnedAnHourAgo() {
        store.record(
                "chatter",
                START.minus(Duration.ofHours(1)).getEpochSecond() / 60,
                "x",
                new SignalSample(Platform.TELEGRAM, "en", ""));
    }

    @Test
    void aStoreStartingFromNothingLearnsForOneWindowBeforeItAlerts() {
        InMemorySignalStore fresh = InMemorySignalStore.forSettings(settings);
        TopicSignals cold = new TopicSignals(fresh, settings.learningFor(Duration.ofMinutes(10)));
        int alerts = 0;
        for (int m = 0; m < 30; m++) {
            if (cold.observe(
                            "trading-fees",
                            "m" + m,
                            new SignalSample(Platform.TELEGRAM, "en", "fees?"),
                            START.plusSeconds(15L * m))
                    .isPresent()) {
                alerts++;
            }
        }
        assertThat(alerts)
                .as("30 members in the first 8 minutes of a new store")
                .isZero();

        // once it has learned, a crowd on a topic it has not seen alerts
        Optional<Spike> later = Optional.empty();
        for (int m = 0; m < 10; m++) {
            later = cold.observe(
                    "login",
                    "l" + m,
                    new SignalSample(Platform.TELEGRAM, "en", "login"),
                    START.plus(Duration.ofMinutes(20)).plusSeconds(20L * m));
        }
        assertThat(later).isPresent();
    }

    @Test
    void tenDifferentMembersWithinTheWindowOnAQuietTopicSpike() {
        Optional<Spike> spike = Optional.empty();
        for (int m = 0; m < 10; m++) {
            spike = observe("withdrawal-pending", "m" + m, START.plusSeconds(50L * m), "withdrawal stuck " + m);
        }

        assertThat(spike).hasValueSatisfying(s -> {
            assertThat(s.window().members()).isEqualTo(10);
            assertThat(s.normal()).isEqualTo(1.0);
            assertThat(s.firstSignalAt()).isEqualTo(START);
            assertThat(s.window().examples())
                    .containsExactly("withdrawal stuck 9", "withdrawal stuck 8", "withdrawal stuck 7");
        });
    }

    @Test
    void oneMemberAskingTenTimesIsNoSpike() {
        Optional<Spike> spike = Optional.empty();
        for (int i = 0; i < 10; i++) {
            spike = observe("withdrawal-pending", "same", START.plusSeconds(30L * i), "withdrawal stuck??");
        }

        assertThat(spike).isEmpty();
    }

    @Test
    void tenMembersSpreadOverAnHourAreNoSpike() {
        Optional<Spike> spike = Optional.empty();
        for (int m = 0; m < 10; m++) {
            spike = observe("withdrawal-pending", "m" + m, START.plus(Duration.ofMinutes(6L * m)), "stuck");
        }

        assertThat(spike).isEmpty();
    }

    @Test
    void aTopicNeedsFiveTimesItsOwnNormalRate() {
        // 4 members every 10 minutes for 6 hours: normal is about 4 per window
        Instant t = START;
        int member = 0;
        for (int window = 0; window < 36; window++) {
            for (int i = 0; i < 4; i++) {
                observe("deposit-not-credited", "n" + member++, t, "deposit missing");
                t = t.plus(Duration.ofSeconds(150));
            }
        }
        Optional<Spike> at12 = Optional.empty();
        for (int i = 0; i < 12; i++) {
            at12 = observe("deposit-not-credited", "s" + i, t.plusSeconds(20L * i), "deposit missing");
        }
        assertThat(at12)
                .as("12 members against a normal of about 4 is 3x: no spike")
                .isEmpty();

        Optional<Spike> later = Optional.empty();
        for (int i = 12; i < 24 && later.isEmpty(); i++) {
            later = observe("deposit-not-credited", "s" + i, t.plusSeconds(20L * i), "deposit missing");
        }
        assertThat(later)
                .hasValueSatisfying(s -> assertThat(s.window().members()).isGreaterThanOrEqualTo(20));
    }

    @Test
    void aSpikeAlertsOncePerCooldown() {
        int alerts = 0;
        for (int m = 0; m < 40; m++) {
            if (observe("login", "m" + m, START.plusSeconds(10L * m), "cant login")
                    .isPresent()) {
                alerts++;
            }
        }

        assertThat(alerts).isEqualTo(1);
    }

    @Test
    void settingsRefuseNonsenseWithAClearMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SignalSettings(
                        Duration.ofSeconds(90), Duration.ofHours(6), 5, 10, 1, Duration.ofHours(1), 3))
                .hasMessageContaining("whole minutes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SignalSettings(
                        Duration.ofMinutes(10), Duration.ofHours(6), 0.5, 10, 1, Duration.ofHours(1), 3))
                .hasMessageContaining("factor");
    }

    private static final List<String> WITHDRAWALS = List.of("tag:withdrawal");

    @Test
    void anEntryLeadingItsSubjectsCrowdSpikesBeforeItHasTheWholeCrowdItself() {
        // one incident in members' words: five on pending withdrawals, five more on failed ones
        for (int m = 0; m < 5; m++) {
            assertThat(observeIn("withdrawal-failed", "f" + m, START.plusSeconds(30L * m)))
                    .isEmpty();
        }
        Optional<Spike> spike = Optional.empty();
        for (int m = 0; m < 5; m++) {
            spike = observeIn("withdrawal-pending", "p" + m, START.plusSeconds(150 + 30L * m));
        }

        assertThat(spike).hasValueSatisfying(s -> {
            assertThat(s.topic()).isEqualTo("withdrawal-pending");
            assertThat(s.window().members()).isEqualTo(5);
        });
    }

    @Test
    void aSubjectAtItsUsualBusyRateBacksNoSpike() {
        // withdrawals always see about 12 members in ten minutes, spread over their entries
        int n = 0;
        for (Instant t = START.minus(Duration.ofHours(2)); t.isBefore(START); t = t.plusSeconds(50)) {
            observeIn("how-to-withdraw", "w" + n++, t);
        }
        Optional<Spike> spike = Optional.empty();
        for (int m = 0; m < 5; m++) {
            spike = observeIn("withdrawal-pending", "p" + m, START.plusSeconds(30L * m));
        }

        assertThat(spike).isEmpty();
    }

    @Test
    void anEntryWithFewerThanHalfTheMembersIsNotBackedByItsSubject() {
        for (int m = 0; m < 10; m++) {
            observeIn("withdrawal-failed", "f" + m, START.plusSeconds(20L * m));
        }
        Optional<Spike> spike = Optional.empty();
        for (int m = 0; m < 4; m++) {
            spike = observeIn("withdrawal-pending", "p" + m, START.plusSeconds(200 + 20L * m));
        }

        assertThat(spike).isEmpty();
    }

    @Test
    void membersCountedOnlyForASubjectAddToItsCrowd() {
        // messages no entry answers, placed in the withdrawal subject by their closest entry
        SignalSample sample = new SignalSample(Platform.TELEGRAM, "en", "withdrawals down?");
        for (int m = 0; m < 5; m++) {
            signals.count(List.of("tag:withdrawal"), "c" + m, sample, START.plusSeconds(10L * m));
        }
        Optional<Spike> spike = Optional.empty();
        for (int m = 0; m < 5; m++) {
            spike = observeIn("withdrawal-pending", "p" + m, START.plusSeconds(100 + 10L * m));
        }

        assertThat(spike).isPresent();
    }

    private Optional<Spike> observeIn(String topic, String member, Instant at) {
        return signals.observe(
                topic, WITHDRAWALS, member, new SignalSample(Platform.TELEGRAM, "en", topic + " " + member), at);
    }

    private Optional<Spike> observe(String topic, String member, Instant at, String text) {
        return signals.observe(topic, member, new SignalSample(Platform.TELEGRAM, "en", text), at);
    }
}
