package dev.watchkeeper.benchmarks.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.benchmarks.traffic.CommunityEvent.Kind;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TopicWindowsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final Predicate<CommunityEvent> STUCK = e -> e.topic().equals("stuck");

    @Test
    void countsDistinctMembersNotMessages() {
        List<CommunityEvent> events = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            events.add(event("stuck", "spammer", T0.plusSeconds(20 * i)));
        }
        events.add(event("stuck", "other", T0.plusSeconds(60)));

        assertThat(TopicWindows.busiest(events, STUCK, TopicWindows.WINDOW)).isEqualTo(2);
    }

    @Test
    void aWindowHoldsWhatCameWithinItsLengthBeforeItsEnd() {
        List<CommunityEvent> events = List.of(
                event("stuck", "a", T0),
                event("stuck", "b", T0.plus(Duration.ofMinutes(10))),
                event("stuck", "c", T0.plus(Duration.ofMinutes(10)).plusMillis(1)));

        // a and b are exactly ten minutes apart: no window of ten minutes holds both
        assertThat(TopicWindows.busiest(events, STUCK, TopicWindows.WINDOW)).isEqualTo(2);
    }

    @Test
    void countsOnlyTheTopicAsked() {
        List<CommunityEvent> events = List.of(
                event("stuck", "a", T0), event("fees", "b", T0.plusSeconds(1)), event("stuck", "c", T0.plusSeconds(2)));

        assertThat(TopicWindows.busiestByTopic(events, TopicWindows.WINDOW))
                .containsEntry("stuck", 2)
                .containsEntry("fees", 1);
    }

    @Test
    void tenMembersWithNoHistoryMeetTheRuleAtTheTenth() {
        List<CommunityEvent> events = members("stuck", 12, T0, Duration.ofSeconds(30));

        assertThat(TopicWindows.crossing(events, STUCK, SpikeRule.defaults())).contains(T0.plusSeconds(9 * 30));
    }

    @Test
    void nineMembersNeverMeetTheRule() {
        List<CommunityEvent> events = members("stuck", 9, T0, Duration.ofSeconds(30));

        assertThat(TopicWindows.crossing(events, STUCK, SpikeRule.defaults())).isEmpty();
    }

    @Test
    void twelveMembersOverABaselineOfThreeAreNoSpike() {
        List<CommunityEvent> events = afterABaselineOfThree(12);

        assertThat(TopicWindows.crossing(events, STUCK, SpikeRule.defaults())).isEmpty();
    }

    @Test
    void fifteenMembersOverABaselineOfThreeAreASpike() {
        List<CommunityEvent> events = afterABaselineOfThree(15);

        assertThat(TopicWindows.crossing(events, STUCK, SpikeRule.defaults())).contains(T0.plusSeconds(14 * 30));
    }

    @Test
    void aCrossingBeforeTheFirstInstantAskedIsNotReported() {
        List<CommunityEvent> events = members("stuck", 10, T0.minus(Duration.ofHours(1)), Duration.ofSeconds(30));

        assertThat(TopicWindows.crossing(events, STUCK, SpikeRule.defaults(), T0))
                .isEmpty();
        assertThat(TopicWindows.crossing(events, STUCK, SpikeRule.defaults(), T0.minus(Duration.ofHours(2))))
                .contains(T0.minus(Duration.ofHours(1)).plusSeconds(9 * 30));
    }

    @Test
    void averageIsDistinctMembersPerWindowOverTheSpan() {
        List<CommunityEvent> events = new ArrayList<>(members("stuck", 6, T0, Duration.ofMinutes(1)));
        events.add(event("stuck", T0 + "/m0", T0.plusSeconds(5)));

        double average = TopicWindows.average(events, STUCK, TopicWindows.WINDOW, T0, T0.plus(Duration.ofMinutes(30)));

        assertThat(average).isEqualTo(2.0);
    }

    @Test
    void rejectsARuleWhoseBaselineIsShorterThanItsWindow() {
        assertThatThrownBy(() -> new SpikeRule(Duration.ofMinutes(10), 10, 5, Duration.ofMinutes(5), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseline");
    }

    /**
     * Three distinct members in every ten minutes for the six hours before {@code T0}, then that
     * many members thirty seconds apart from {@code T0}: the rule wants 5 x 3 = 15.
     */
    private static List<CommunityEvent> afterABaselineOfThree(int count) {
        List<CommunityEvent> events = new ArrayList<>();
        for (int window = 1; window <= 37; window++) {
            events.addAll(members("stuck", 3, T0.minus(Duration.ofMinutes(10L * window)), Duration.ofMinutes(1)));
        }
        events.addAll(members("stuck", count, T0, Duration.ofSeconds(30)));
        return events;
    }

    private static List<CommunityEvent> members(String topic, int count, Instant from, Duration apart) {
        List<CommunityEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(topic, from + "/m" + i, from.plus(apart.multipliedBy(i))));
        }
        return events;
    }

    private static CommunityEvent event(String topic, String member, Instant time) {
        return new CommunityEvent(
                time,
                GROUP,
                UserRef.member(Platform.TELEGRAM, member),
                "en",
                "withdrawal stuck",
                true,
                "en",
                topic,
                Kind.QUESTION);
    }
}
