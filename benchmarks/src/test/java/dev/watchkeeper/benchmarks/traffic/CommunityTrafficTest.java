package dev.watchkeeper.benchmarks.traffic;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.benchmarks.traffic.CommunityEvent.Kind;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CommunityTrafficTest {
    private static final TrafficTexts TEXTS = TrafficTexts.load();
    private static final Instant START = CommunityTraffic.DEFAULT_START;
    private static final CommunityTraffic DAY = CommunityTraffic.day(17, DayPlan.typical(START), TEXTS);
    private static final Instant SPIKE_START = START.plus(Duration.ofHours(14));
    private static final Duration RAMP = Duration.ofMinutes(15);

    @Test
    void theSameSeedMakesTheSameDay() {
        CommunityTraffic again = CommunityTraffic.day(17, DayPlan.typical(START), TEXTS);
        CommunityTraffic other = CommunityTraffic.day(18, DayPlan.typical(START), TEXTS);

        assertThat(again.events()).isEqualTo(DAY.events());
        assertThat(other.events()).isNotEqualTo(DAY.events());
    }

    @Test
    void theSameSpikeOnTheSameDayIsTheSameSpike() {
        CommunityTraffic spiked = DAY.withSpike("withdrawals-stuck", SPIKE_START, RAMP, 120);
        CommunityTraffic again = DAY.withSpike("withdrawals-stuck", SPIKE_START, RAMP, 120);

        assertThat(again.events()).isEqualTo(spiked.events());
    }

    @Test
    void aSpikeLeavesTheRestOfTheDayAsItWas() {
        CommunityTraffic spiked = DAY.withSpike("withdrawals-stuck", SPIKE_START, RAMP, 120);

        assertThat(spiked.events().stream().filter(e -> e.kind() != Kind.SPIKE).toList())
                .isEqualTo(DAY.events());
        assertThat(spiked.spikes()).containsExactly(new Spike("withdrawals-stuck", SPIKE_START, RAMP, 120));
    }

    @Test
    void theEveningBeforeIsTheDaysOrdinaryEndADayEarlier() {
        CommunityTraffic spiked = DAY.withSpike("withdrawals-stuck", START.plus(Duration.ofHours(20)), RAMP, 60);
        Duration span = Duration.ofHours(6);

        List<CommunityEvent> evening = spiked.eveningBefore(span);

        assertThat(evening).isNotEmpty().allSatisfy(e -> assertThat(e.time())
                .isBetween(START.minus(span), START.minusMillis(1)));
        assertThat(evening).extracting(CommunityEvent::kind).doesNotContain(Kind.SPIKE);
        assertThat(evening)
                .hasSameSizeAs(DAY.events().stream()
                        .filter(e -> !e.time().isBefore(START.plus(Duration.ofHours(18))))
                        .toList());
    }

    @Test
    void thousandsOfMembersWriteInSixLanguagesOnBothPlatformsInGroupsAndPrivately() {
        List<CommunityEvent> events = DAY.events();
        Map<String, Long> byLanguage = events.stream().collect(groupingBy(CommunityEvent::language, counting()));

        assertThat(events).hasSizeGreaterThan(15_000);
        assertThat(events.stream().map(CommunityEvent::member).distinct().count())
                .isGreaterThan(3_000);
        assertThat(byLanguage.keySet()).containsExactlyInAnyOrderElementsOf(TrafficTexts.LANGUAGES);
        assertThat(byLanguage.values()).allSatisfy(n -> assertThat(n).isGreaterThan(events.size() / 20));
        assertThat(byLanguage.get("en"))
                .isEqualTo(byLanguage.values().stream().max(Long::compare).orElseThrow());
        assertThat(events).extracting(CommunityEvent::platform).contains(Platform.TELEGRAM, Platform.DISCORD);
        assertThat(events).anyMatch(e -> e.chat().isPrivate(), "in a private chat");
        assertThat(events).anyMatch(e -> !e.chat().isPrivate() && e.addressed(), "mentioning the bot in a group");
        assertThat(events).anyMatch(e -> !e.chat().isPrivate() && !e.addressed(), "in a group, to no one");
        assertThat(events.stream()
                        .map(CommunityEvent::chat)
                        .filter(c -> !c.isPrivate())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void theLanguageHintIsMostlyRightSometimesWrongAndSometimesMissing() {
        List<CommunityEvent> telegram = DAY.events().stream()
                .filter(e -> e.platform() == Platform.TELEGRAM)
                .toList();

        long right = telegram.stream()
                .filter(e -> e.language().equals(e.languageHint()))
                .count();
        long missing = telegram.stream().filter(e -> e.languageHint() == null).count();
        long wrong = telegram.size() - right - missing;

        assertThat(right).isGreaterThan(telegram.size() / 2);
        assertThat(missing).isGreaterThan(telegram.size() / 20);
        assertThat(wrong).isGreaterThan(telegram.size() / 20);
    }

    @Test
    void aCommunitysNightIsQuietAndItsEveningBusy() {
        // tg-ru's members live at UTC+3: 03:00-06:00 local is 00:00-03:00 UTC, 19:00-21:00 is 16:00-18:00
        Predicate<CommunityEvent> russianGroup =
                e -> e.chat().id().equals("-1001500000002") && e.kind() == Kind.CHATTER;
        double nightPerHour = count(russianGroup, 0, 2) / 3.0;
        double eveningPerHour = count(russianGroup, 16, 17) / 2.0;

        assertThat(eveningPerHour).isGreaterThan(5 * nightPerHour);
    }

    @Test
    void theWholeCommunityIsQuietestAtNightAndBusiestInTheEvening() {
        Map<Integer, Long> perHour = DAY.events().stream()
                .filter(e -> e.kind() == Kind.CHATTER || e.kind() == Kind.QUESTION)
                .collect(groupingBy(e -> e.time().atOffset(ZoneOffset.UTC).getHour(), counting()));
        long quietest = perHour.values().stream().min(Long::compare).orElseThrow();
        int busiestHour = perHour.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();

        assertThat(busiestHour).isEqualTo(18);
        assertThat(quietest).isLessThan(perHour.get(17) * 6 / 10);
    }

    @Test
    void inTheBusyHourQuestionsAndChatterAllDouble() {
        for (Kind kind : List.of(Kind.QUESTION, Kind.CHATTER)) {
            Predicate<CommunityEvent> ofKind = e -> e.kind() == kind;
            double around = (count(ofKind, 17, 17) + count(ofKind, 19, 19)) / 2.0;

            assertThat(count(ofKind, 18, 18) / around).as(kind.name()).isBetween(1.6, 2.5);
        }
    }

    @Test
    void membersAskAgainAndOneSpamsTheSameQuestionFifteenTimes() {
        List<CommunityEvent> spam =
                DAY.events().stream().filter(e -> e.kind() == Kind.SPAM).toList();
        List<CommunityEvent> repeats =
                DAY.events().stream().filter(e -> e.kind() == Kind.REPEAT).toList();

        assertThat(spam).hasSize(15);
        assertThat(spam)
                .extracting(CommunityEvent::member)
                .containsOnly(spam.getFirst().member());
        assertThat(spam)
                .extracting(CommunityEvent::text)
                .containsOnly(spam.getFirst().text());
        assertThat(Duration.between(spam.getFirst().time(), spam.getLast().time()))
                .isLessThan(Duration.ofMinutes(16));
        Map<UserRef, List<CommunityEvent>> asked = DAY.events().stream()
                .filter(e -> e.kind() == Kind.QUESTION)
                .collect(groupingBy(CommunityEvent::member));
        assertThat(repeats).hasSizeGreaterThan(100);
        assertThat(repeats)
                .allMatch(
                        repeat -> asked.getOrDefault(repeat.member(), List.of()).stream()
                                .anyMatch(question -> question.topic().equals(repeat.topic())
                                        && question.time().isBefore(repeat.time())),
                        "follows the same member's question on the same topic");
    }

    @Test
    void chatterComesInBurstsOfManyMembersWithinMinutes() {
        Map<String, List<CommunityEvent>> burstsByChat = DAY.events().stream()
                .filter(e -> e.kind() == Kind.BURST)
                .collect(groupingBy(e -> e.chat().id()));

        assertThat(burstsByChat).isNotEmpty();
        assertThat(TopicWindows.busiest(
                        DAY.events(),
                        e -> e.topic().equals(CommunityEvent.CHATTER)
                                && e.chat().id().equals("-1001500000001"),
                        Duration.ofMinutes(5)))
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void noSupportTopicOfAnOrdinaryDayComesNearTheIncidentRule() {
        for (long seed = 1; seed <= 3; seed++) {
            CommunityTraffic day = CommunityTraffic.day(seed, DayPlan.typical(START), TEXTS);
            List<CommunityEvent> events = day.events();
            // a running bot has the evening before as history at midnight
            List<CommunityEvent> withEvening = new ArrayList<>(day.eveningBefore(Duration.ofMinutes(370)));
            withEvening.addAll(events);
            Map<String, Integer> busiest = supportTopics(TopicWindows.busiestByTopic(events, TopicWindows.WINDOW));

            assertThat(busiest).as("seed %d", seed).hasSizeGreaterThan(60);
            assertThat(busiest.values()).as("seed %d: %s", seed, busiest).allSatisfy(n -> assertThat(n)
                    .isLessThanOrEqualTo(7));
            assertThat(supportTopics(TopicWindows.crossings(withEvening, SpikeRule.defaults(), START)))
                    .as("seed %d", seed)
                    .isEmpty();
        }
    }

    @Test
    void theSpikeMeetsTheIncidentRuleWithinItsRamp() {
        CommunityTraffic spiked = DAY.withSpike("withdrawals-stuck", SPIKE_START, RAMP, 120);
        IncidentTopic topic = spiked.incident("withdrawals-stuck");
        Predicate<CommunityEvent> stuck = e -> e.topic().equals(topic.id());
        // as a detector that matches the spike's messages to their knowledge-base entry counts them
        Predicate<CommunityEvent> withItsEntry = stuck.or(e -> e.topic().equals(topic.entry()));

        assertThat(TopicWindows.crossing(spiked.events(), stuck, SpikeRule.defaults()))
                .hasValueSatisfying(at -> assertThat(at).isBetween(SPIKE_START, SPIKE_START.plus(RAMP)));
        assertThat(TopicWindows.crossing(spiked.events(), withItsEntry, SpikeRule.defaults()))
                .hasValueSatisfying(at -> assertThat(at).isBetween(SPIKE_START, SPIKE_START.plus(RAMP)));
        assertThat(TopicWindows.busiest(spiked.events(), stuck, TopicWindows.WINDOW))
                .isGreaterThan(50);
    }

    @Test
    void theSpikesMembersAreDistinctWriteInSixLanguagesAndRampUp() {
        List<CommunityEvent> spike = DAY.withSpike("withdrawals-stuck", SPIKE_START, RAMP, 120).events().stream()
                .filter(e -> e.kind() == Kind.SPIKE)
                .toList();
        Map<Object, CommunityEvent> firsts =
                spike.stream().collect(Collectors.toMap(CommunityEvent::member, e -> e, (a, b) -> a));
        long firstHalf = firsts.values().stream()
                .filter(e -> e.time().isBefore(SPIKE_START.plus(RAMP.dividedBy(2))))
                .count();

        assertThat(firsts).hasSize(120);
        assertThat(spike).extracting(CommunityEvent::language).containsAll(TrafficTexts.LANGUAGES);
        assertThat(firsts.values())
                .allSatisfy(e -> assertThat(e.time()).isBetween(SPIKE_START, SPIKE_START.plus(RAMP)));
        assertThat(firstHalf).isLessThan(120 / 2);
        assertThat(spike.size()).isGreaterThan(120);
    }

    @Test
    void theSpikesTextsComeFromTheTopicsTuningSet() {
        IncidentTopic topic = DAY.incident("withdrawals-stuck");
        List<CommunityEvent> spike = DAY.withSpike("withdrawals-stuck", SPIKE_START, RAMP, 60).events().stream()
                .filter(e -> e.kind() == Kind.SPIKE)
                .toList();

        assertThat(spike)
                .allMatch(
                        e -> topic.texts().get(e.language()).stream().anyMatch(line -> e.text()
                                .toLowerCase(Locale.ROOT)
                                .startsWith(line.toLowerCase(Locale.ROOT).replaceAll("[.?!。？！]+$", ""))),
                        "starts with a line of the tuning set");
    }

    @Test
    void rejectsAnUnknownTopicAndASpikeOutsideTheDay() {
        assertThatThrownBy(() -> DAY.withSpike("moon-landing", SPIKE_START, RAMP, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown incident topic 'moon-landing'; known: withdrawals-stuck, login-broken");
        assertThatThrownBy(
                        () -> DAY.withSpike("login-broken", START.plus(Duration.ofHours(23)), Duration.ofHours(2), 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not lie within the day");
        assertThatThrownBy(() -> DAY.withSpike("login-broken", SPIKE_START, RAMP, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one member");
    }

    @Test
    void writesOneCsvLinePerEventInTimeOrder() throws IOException {
        StringWriter out = new StringWriter();
        DAY.writeCsv(out);

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(rows).hasSize(DAY.events().size());
        CommunityEvent first = DAY.events().getFirst();
        assertThat(rows.getFirst().toMap())
                .containsEntry("time", first.time().toString())
                .containsEntry("member_id", first.member().id())
                .containsEntry("text", first.text())
                .containsEntry("topic", first.topic())
                .containsEntry("language_hint", Objects.requireNonNullElse(first.languageHint(), ""));
    }

    private static <V> Map<String, V> supportTopics(Map<String, V> byTopic) {
        Set<String> notSupport = Set.of(CommunityEvent.CHATTER, CommunityEvent.OFF_TOPIC);
        return byTopic.entrySet().stream()
                .filter(e -> !notSupport.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long count(Predicate<CommunityEvent> which, int fromHour, int toHour) {
        return DAY.events().stream()
                .filter(which)
                .filter(e -> {
                    int hour = e.time().atOffset(ZoneOffset.UTC).getHour();
                    return hour >= fromHour && hour <= toHour;
                })
                .count();
    }
}
