package dev.watchkeeper.benchmarks.traffic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A realistic 24-hour day of community messages, the same for the same seed: thousands of members
 * in Telegram groups and Discord channels of six languages (and in their private chats with the
 * bot) write chatter and support questions over many topics at a rate that follows each
 * community's local day, with bursts of chatter, members asking again, one member spamming a
 * question, and a busy hour when every topic doubles. None of that is an incident. {@link
 * #withSpike} adds the spike of one incident topic.
 *
 * <p>Immutable and thread-safe; the events are generated when the day (or a spike) is made.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.watchkeeper.benchmarks.traffic.CommunityTraffic 17 /tmp/day.csv withdrawals-stuck 14:00 15 120</pre>
 */
public final class CommunityTraffic {
    /** The day generated unless another is asked for. */
    public static final Instant DEFAULT_START = Instant.parse("2026-12-01T00:00:00Z");

    private final long seed;
    private final DayPlan plan;
    private final TrafficTexts texts;
    private final Population population;
    private final Phrasing phrasing;
    private final List<Spike> spikes;
    private final List<CommunityEvent> events;

    private CommunityTraffic(
            long seed,
            DayPlan plan,
            TrafficTexts texts,
            Population population,
            Phrasing phrasing,
            List<Spike> spikes,
            List<CommunityEvent> events) {
        this.seed = seed;
        this.plan = plan;
        this.texts = texts;
        this.population = population;
        this.phrasing = phrasing;
        this.spikes = List.copyOf(spikes);
        this.events = events.stream()
                .sorted(Comparator.comparing(CommunityEvent::time))
                .toList();
    }

    /** The typical day ({@link DayPlan#typical}) of {@link #DEFAULT_START}, from the repository's texts. */
    public static CommunityTraffic day(long seed) {
        return day(seed, DayPlan.typical(DEFAULT_START), TrafficTexts.load());
    }

    /** The day of that plan, with those texts. */
    public static CommunityTraffic day(long seed, DayPlan plan, TrafficTexts texts) {
        TrafficShape shape = TrafficShape.bundled();
        Population population = new Population(shape.communities(), plan.members(), new Random(seed));
        List<CommunityEvent> events = new NormalDay(plan, shape, texts, population).events(new Random(seed + 1));
        return new CommunityTraffic(seed, plan, texts, population, new Phrasing(shape.tails()), List.of(), events);
    }

    /**
     * This day with the spike of one incident topic added; the rest of the day is unchanged. The
     * spike's members write between {@code start} and {@code start + ramp}, which must lie within
     * the day; what they write again after the day's end is left out.
     *
     * @param topic an incident topic of {@code eval/incident/topics.csv}
     * @param start when the first member writes
     * @param ramp how long until every member has written once
     * @param size how many distinct members write
     */
    public CommunityTraffic withSpike(String topic, Instant start, Duration ramp, int size) {
        Spike spike = new Spike(topic, start, ramp, size);
        if (start.isBefore(plan.start()) || spike.rampEnd().isAfter(plan.end())) {
            throw new IllegalArgumentException("a spike from " + start + " to " + spike.rampEnd()
                    + " does not lie within the day " + plan.start() + " to " + plan.end());
        }
        Random random = new Random(Objects.hash(seed, topic, start, ramp, size));
        List<CommunityEvent> spiked = new ArrayList<>(events);
        new SpikeTraffic(population, phrasing)
                .events(spike, texts.incident(topic), random).stream()
                        .filter(event -> event.time().isBefore(plan.end()))
                        .forEach(spiked::add);
        List<Spike> all = new ArrayList<>(spikes);
        all.add(spike);
        return new CommunityTraffic(seed, plan, texts, population, phrasing, all, spiked);
    }

    /** Every message of the day, in the order they were posted (ties in the order generated). */
    public List<CommunityEvent> events() {
        return events;
    }

    /**
     * The last {@code span} of this day's ordinary messages (no spike) moved one day back: an
     * evening before the day, for a replay to start with the history a running bot would have
     * (the incident rule's baseline looks six hours back).
     */
    public List<CommunityEvent> eveningBefore(Duration span) {
        if (span.isNegative() || span.compareTo(DayPlan.DAY) > 0) {
            throw new IllegalArgumentException("the evening before must be between 0 and a day long: " + span);
        }
        Instant from = plan.end().minus(span);
        return events.stream()
                .filter(e -> e.kind() != CommunityEvent.Kind.SPIKE && !e.time().isBefore(from))
                .map(e -> new CommunityEvent(
                        e.time().minus(DayPlan.DAY),
                        e.chat(),
                        e.member(),
                        e.languageHint(),
                        e.text(),
                        e.addressed(),
                        e.language(),
                        e.topic(),
                        e.kind()))
                .toList();
    }

    /** The spikes added to the day, in the order added. */
    public List<Spike> spikes() {
        return spikes;
    }

    /** The day's plan. */
    public DayPlan plan() {
        return plan;
    }

    /** The incident topic of that name, with its tuning messages. */
    public IncidentTopic incident(String topic) {
        return texts.incident(topic);
    }

    /**
     * Writes the events as CSV, one a line, in time order, with a header: {@code time, platform,
     * chat_id, chat_type, member_id, language_hint, addressed, language, kind, topic, text}.
     */
    public void writeCsv(Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(
                        "time",
                        "platform",
                        "chat_id",
                        "chat_type",
                        "member_id",
                        "language_hint",
                        "addressed",
                        "language",
                        "kind",
                        "topic",
                        "text")
                .get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (CommunityEvent event : events()) {
            printer.printRecord(
                    event.time(),
                    event.platform(),
                    event.chat().id(),
                    event.chat().type(),
                    event.member().id(),
                    event.languageHint() == null ? "" : event.languageHint(),
                    event.addressed(),
                    event.language(),
                    event.kind(),
                    event.topic(),
                    event.text());
        }
        printer.flush();
    }

    /**
     * Writes a day to a CSV file and prints what is in it. Arguments: seed (default 17), file
     * (default {@code community-day.csv}), then optionally a spike: topic, UTC time of day
     * ({@code HH:mm}), ramp in minutes, members. {@code -Dtraffic.plan=large} for {@link
     * DayPlan#large}, else {@link DayPlan#typical}.
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 17;
        Path file = Path.of(args.length > 1 ? args[1] : "community-day.csv");
        DayPlan plan = System.getProperty("traffic.plan", "typical").equals("large")
                ? DayPlan.large(DEFAULT_START)
                : DayPlan.typical(DEFAULT_START);
        CommunityTraffic day = day(seed, plan, TrafficTexts.load());
        if (args.length > 2) {
            if (args.length != 6) {
                throw new IllegalArgumentException("a spike takes four arguments: topic HH:mm ramp-minutes members");
            }
            Instant start = LocalTime.parse(args[3])
                    .atDate(DEFAULT_START.atOffset(ZoneOffset.UTC).toLocalDate())
                    .toInstant(ZoneOffset.UTC);
            day = day.withSpike(args[2], start, Duration.ofMinutes(Long.parseLong(args[4])), Integer.parseInt(args[5]));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            day.writeCsv(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        System.out.println(DaySummary.of(day));
        System.out.println("written to " + file.toAbsolutePath());
    }
}
