package dev.watchkeeper.benchmarks;

import dev.watchkeeper.benchmarks.HeldOutIncidentQuestions.Question;
import dev.watchkeeper.benchmarks.traffic.CommunityEvent;
import dev.watchkeeper.benchmarks.traffic.CommunityTraffic;
import dev.watchkeeper.benchmarks.traffic.DayPlan;
import dev.watchkeeper.benchmarks.traffic.IncidentTopic;
import dev.watchkeeper.benchmarks.traffic.Spike;
import dev.watchkeeper.benchmarks.traffic.SpikeRule;
import dev.watchkeeper.benchmarks.traffic.TopicWindows;
import dev.watchkeeper.benchmarks.traffic.TrafficTexts;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.incident.model.SignalAlert;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import dev.watchkeeper.language.LinguaLanguageDetector;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Issue #17's incident bars, measured on the whole bot (bundled knowledge base, language
 * detection, scam shield, tickets, incident mode with its default signals): a generated day of
 * community traffic ({@link CommunityTraffic}), after the evening before it ({@link
 * CommunityTraffic#eveningBefore}: the last six hours and ten minutes of the day moved a day back,
 * so that the topics' baselines are warm at midnight), is replayed through {@link BenchmarkBot} on
 * a clock set to each message's time, once as an ordinary day and once with the spike of an
 * incident. Alerts in the evening before are reported with the day's. Reported: every staff alert (time, topic, members), when the spike's messages met the
 * incident rule by the generator's own labels, and the delay from there to the alert. The agent
 * opens the incident from the alert's button; then the held-out questions of {@code
 * eval/incident/holdout} are asked by new members in private: the share on the incident's topic
 * that got its status, and the share of unrelated ones that got their usual answer and no status.
 *
 * <p>Arguments: seed (17), spike topic ({@code withdrawals-stuck}), spike start as UTC time of day
 * ({@code 14:00}), ramp in minutes (15), members (120), and {@code hybrid} to search English by
 * meaning too, as the application does by default (lexical otherwise); {@code
 * -Dtraffic.plan=large} for the large community's day ({@link DayPlan#large}); {@code
 * -Dreplay.heldout=no} to tune without asking the held-out questions. From the
 * repository root:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.watchkeeper.benchmarks.IncidentReplay 17 withdrawals-stuck 14:00 15 120</pre>
 */
public final class IncidentReplay {
    private static final String OPEN = "incident:open:";
    private static final Duration BEFORE_THE_DAY = Duration.ofHours(8);
    /** The evening before the day replayed first: the rule's six hours of baseline and its window. */
    private static final Duration EVENING = Duration.ofHours(6).plusMinutes(10);

    private IncidentReplay() {}

    /** A staff alert the bot raised: when, about what, how many members, and the message it came with. */
    record Alert(Instant at, String topic, int members, Instant firstSignalAt, String action, String text) {}

    /** What a replay saw. */
    record Run(
            List<Alert> alerts,
            @Nullable IncidentId opened,
            int spikeAsked,
            int spikeGotStatus,
            Map<String, Integer> spikeMissed,
            int ordinaryAsked,
            Map<String, Integer> ordinaryGotStatus,
            HeldOutIncidentQuestions.@Nullable Shares onTopic,
            HeldOutIncidentQuestions.@Nullable Shares unrelated) {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 17;
        String topicName = args.length > 1 ? args[1] : "withdrawals-stuck";
        LocalTime at = LocalTime.parse(args.length > 2 ? args[2] : "14:00");
        Duration ramp = Duration.ofMinutes(args.length > 3 ? Long.parseLong(args[3]) : 15);
        int size = args.length > 4 ? Integer.parseInt(args[4]) : 120;
        boolean hybrid = args.length > 5 && args[5].equals("hybrid");

        TrafficTexts texts = TrafficTexts.load();
        Instant day = CommunityTraffic.DEFAULT_START;
        boolean large = System.getProperty("traffic.plan", "typical").equals("large");
        CommunityTraffic ordinary =
                CommunityTraffic.day(seed, large ? DayPlan.large(day) : DayPlan.typical(day), texts);
        Instant spikeStart =
                at.atDate(day.atOffset(ZoneOffset.UTC).toLocalDate()).toInstant(ZoneOffset.UTC);
        CommunityTraffic spiked = ordinary.withSpike(topicName, spikeStart, ramp, size);
        IncidentTopic topic = texts.incident(topicName);
        HeldOutIncidentQuestions heldOut = new HeldOutIncidentQuestions(TrafficTexts.evalFolder());
        boolean measureHeldOut = !System.getProperty("replay.heldout", "yes").equals("no");
        List<Question> unrelated = measureHeldOut ? heldOut.unrelated() : List.of();

        MemberLanguage languages = new MemberLanguage(LinguaLanguageDetector.loaded(), MemberLanguage.ENGLISH);
        KnowledgeOptions options = new KnowledgeOptions(null, false, Duration.ZERO)
                .withConfidence(ConfidenceModels.bundledKnowledgeBase())
                .withEmbedder(hybrid ? PhrasingEmbedder.miniLm(Path.of("target/replay-embeddings")) : null);
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFiles(
                new KnowledgeFolder(Path.of("knowledge/src/main/resources/kb"))
                        .read()
                        .files(),
                options)) {
            System.out.printf(
                    Locale.ROOT,
                    "seed %d, %s day, %s retrieval, rule: %s%n",
                    seed,
                    large ? "large" : "typical",
                    hybrid ? "hybrid" : "lexical",
                    SpikeRule.defaults());

            Run quiet = replay(kb, languages, ordinary, null, heldOut, List.of());
            System.out.printf(
                    Locale.ROOT,
                    "ordinary day: %d messages after %d of the evening before, %d alerts%s%n",
                    ordinary.events().size(),
                    ordinary.eveningBefore(EVENING).size(),
                    quiet.alerts().size(),
                    describe(quiet.alerts()));

            Spike spike = spiked.spikes().getFirst();
            Run loud = replay(kb, languages, spiked, spike, heldOut, unrelated);
            System.out.printf(
                    Locale.ROOT,
                    "day with the spike of %s (%s) from %s, ramp %s, %d members: %d messages, %d alerts%s%n",
                    topic.id(),
                    topic.description(),
                    spike.start(),
                    spike.ramp(),
                    spike.size(),
                    spiked.events().size(),
                    loud.alerts().size(),
                    describe(loud.alerts()));
            reportDelay(spiked, topic, loud.alerts(), spike);
            if (loud.opened() == null) {
                System.out.println("no alert on the spike: no incident opened, nothing asked");
                return;
            }
            System.out.printf(
                    Locale.ROOT,
                    "incident %s opened from its alert; the spike's later questions to the bot that got its status"
                            + " (tuning texts): %d of %d; the others got %s%n",
                    loud.opened().value(),
                    loud.spikeGotStatus(),
                    loud.spikeAsked(),
                    loud.spikeMissed());
            System.out.printf(
                    Locale.ROOT,
                    "the day's ordinary questions to the bot after the incident opened that got its status: %d of %d %s%n",
                    loud.ordinaryGotStatus().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    loud.ordinaryAsked(),
                    loud.ordinaryGotStatus());
            if (System.getProperty("replay.heldout", "yes").equals("no")) {
                System.out.println("held-out questions not asked (-Dreplay.heldout=no)");
                return;
            }
            System.out.println(
                    "held-out questions on " + topic.id() + " that got the incident's status: " + loud.onTopic());
            System.out.println(
                    "held-out unrelated questions that got their usual answer and no status: " + loud.unrelated());
        }
    }

    /** Replays a day; with a spike, opens an incident from the first alert after the spike starts. */
    private static Run replay(
            LuceneKnowledgeBase kb,
            MemberLanguage languages,
            CommunityTraffic day,
            @Nullable Spike spike,
            HeldOutIncidentQuestions heldOut,
            List<Question> unrelated) {
        ReplayClock clock = new ReplayClock(day.plan().start());
        List<Alert> alerts = new ArrayList<>();
        List<Alert> evening = new ArrayList<>();
        IncidentId opened = null;
        int spikeAsked = 0;
        int spikeGotStatus = 0;
        Map<String, Integer> spikeMissed = new TreeMap<>();
        int ordinaryAsked = 0;
        Map<String, Integer> ordinaryGotStatus = new TreeMap<>();
        long started = System.nanoTime();
        try (BenchmarkBot bot = BenchmarkBot.withIncidentDesk(kb, clock, languages)) {
            // asked long enough before the day that they are no part of any window or baseline in it
            Instant before = day.plan().start().minus(EVENING).minus(BEFORE_THE_DAY);
            clock.set(before);
            List<String> usual = unrelated.stream()
                    .map(q -> heldOut.usualAnswer(bot, q, before))
                    .toList();
            List<CommunityEvent> events = new ArrayList<>(day.eveningBefore(EVENING));
            events.addAll(day.events());
            for (int i = 0; i < events.size(); i++) {
                CommunityEvent event = events.get(i);
                clock.set(event.time());
                long statusBefore = opened == null ? 0 : bot.incidents.statusAnswers(opened);
                List<Decision> decisions = bot.bot.handle(event.toInbound("m" + i));
                if (opened != null && event.kind() == CommunityEvent.Kind.SPIKE && event.addressed()) {
                    spikeAsked++;
                    if (bot.incidents.statusAnswers(opened) > statusBefore) {
                        spikeGotStatus++;
                    } else {
                        spikeMissed.merge(HeldOutIncidentQuestions.kindOf(decisions), 1, Integer::sum);
                    }
                }
                if (opened != null && event.kind() == CommunityEvent.Kind.QUESTION && event.addressed()) {
                    ordinaryAsked++;
                    if (bot.incidents.statusAnswers(opened) > statusBefore) {
                        ordinaryGotStatus.merge(event.topic(), 1, Integer::sum);
                    }
                }
                for (Alert alert : alertsIn(decisions, bot)) {
                    if (alert.at().isBefore(day.plan().start())) {
                        evening.add(alert);
                        continue;
                    }
                    alerts.add(alert);
                    if (spike != null && opened == null && !alert.at().isBefore(spike.start())) {
                        bot.bot.handle(new ChoiceSelected(
                                BenchmarkBot.STAFF, BenchmarkBot.AGENT, alert.action(), null, event.time()));
                        opened = bot.incidents.open().stream()
                                .map(incident -> incident.id())
                                .findFirst()
                                .orElse(null);
                    }
                }
                if ((i + 1) % 5_000 == 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %d messages replayed in %.0f s%n",
                            i + 1,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "  alerts in the evening before, which starts with no history (not counted): %d%n",
                    evening.size());
            HeldOutIncidentQuestions.Shares onTopic = null;
            HeldOutIncidentQuestions.Shares usualShare = null;
            if (opened != null
                    && spike != null
                    && !System.getProperty("replay.heldout", "yes").equals("no")) {
                Instant after = day.plan().end().minusSeconds(60);
                clock.set(after);
                onTopic = heldOut.statusShare(bot, opened, heldOut.onTopic(spike.topic()), after);
                usualShare = heldOut.usualShare(bot, opened, unrelated, usual, after);
            }
            return new Run(
                    alerts,
                    opened,
                    spikeAsked,
                    spikeGotStatus,
                    spikeMissed,
                    ordinaryAsked,
                    ordinaryGotStatus,
                    onTopic,
                    usualShare);
        }
    }

    private static List<Alert> alertsIn(List<Decision> decisions, BenchmarkBot bot) {
        List<Alert> alerts = new ArrayList<>();
        for (Decision decision : decisions) {
            if (decision instanceof Reply reply && reply.to().chat().equals(BenchmarkBot.STAFF)) {
                reply.options().stream()
                        .map(choice -> choice.action())
                        .filter(action -> action.startsWith(OPEN))
                        .findFirst()
                        .flatMap(action -> bot.incidents
                                .findAlert(action.substring(OPEN.length()))
                                .map(a -> alert(a, action, reply.text())))
                        .ifPresent(alerts::add);
            }
        }
        return alerts;
    }

    private static Alert alert(SignalAlert alert, String action, String text) {
        return new Alert(alert.alertedAt(), alert.topic(), alert.members(), alert.firstSignalAt(), action, text);
    }

    /** When the spike met the rule by its labels (alone, and with its entry's ordinary traffic), and the alert's delay. */
    private static void reportDelay(CommunityTraffic day, IncidentTopic topic, List<Alert> alerts, Spike spike) {
        Predicate<CommunityEvent> own = e -> e.topic().equals(topic.id());
        Predicate<CommunityEvent> withEntry = own.or(e -> e.topic().equals(topic.entry()));
        List<CommunityEvent> replayed = new ArrayList<>(day.eveningBefore(EVENING));
        replayed.addAll(day.events());
        Optional<Instant> crossing = TopicWindows.crossing(replayed, own, SpikeRule.defaults(), spike.start());
        Optional<Instant> crossingWithEntry =
                TopicWindows.crossing(replayed, withEntry, SpikeRule.defaults(), spike.start());
        System.out.println("the spike met the rule by its labels at "
                + crossing.map(Instant::toString).orElse("never")
                + "; with " + topic.entry() + "'s ordinary questions at "
                + crossingWithEntry.map(Instant::toString).orElse("never"));
        Optional<Alert> first =
                alerts.stream().filter(a -> !a.at().isBefore(spike.start())).findFirst();
        if (first.isEmpty() || crossing.isEmpty()) {
            System.out.println("no delay to report: no alert after the spike started");
            return;
        }
        Instant from = crossingWithEntry.orElse(crossing.get());
        System.out.printf(
                Locale.ROOT,
                "first alert after the spike started: %s on %s, %.1f s after the rule was met by labels%n",
                first.get().at(),
                first.get().topic(),
                Duration.between(from, first.get().at()).toMillis() / 1000.0);
    }

    private static String describe(List<Alert> alerts) {
        StringBuilder out = new StringBuilder();
        for (Alert alert : alerts) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n  %s %s (%d members; first signal %s)",
                    alert.at(),
                    alert.topic(),
                    alert.members(),
                    alert.firstSignalAt()));
            alert.text().lines().filter(line -> line.startsWith(">")).forEach(line -> out.append("\n      ")
                    .append(line));
        }
        return out.toString();
    }
}
