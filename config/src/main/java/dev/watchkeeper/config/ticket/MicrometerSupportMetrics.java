package dev.watchkeeper.config.ticket;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.Category;
import dev.watchkeeper.core.ticket.Priority;
import dev.watchkeeper.core.ticket.SlaKind;
import dev.watchkeeper.core.ticket.SupportCounters;
import dev.watchkeeper.core.ticket.SupportMetrics;
import dev.watchkeeper.core.ticket.TicketStatus;
import dev.watchkeeper.core.ticket.TicketStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The support metrics as Micrometer meters (served at {@code /actuator/prometheus}): tickets
 * opened per category, priority and platform; bot answers and the deflection rate; first-response
 * and resolution times with median and p90; CSAT; SLA breaches; the open backlog. The counts the
 * deflection rate is computed from live in {@link SupportCounters}, so with a persistent store they
 * survive restarts and add up across instances. Thread-safe.
 */
final class MicrometerSupportMetrics implements SupportMetrics {
    private final MeterRegistry registry;
    static final String BOT_ANSWERS = "bot.answers";
    static final String TICKETS_OPENED = "tickets.opened";

    private final SupportCounters counters;

    MicrometerSupportMetrics(MeterRegistry registry, TicketStore tickets, SupportCounters counters) {
        this.registry = registry;
        this.counters = counters;
        Gauge.builder("watchkeeper.tickets.backlog", tickets, MicrometerSupportMetrics::openTickets)
                .description("Tickets not yet resolved")
                .register(registry);
        Gauge.builder("watchkeeper.deflection.rate", this, MicrometerSupportMetrics::deflectionRate)
                .description("Questions answered by the bot over questions answered plus tickets opened")
                .register(registry);
    }

    /** How many questions the bot has answered (since the store was new). */
    long botAnswers() {
        return counters.get(BOT_ANSWERS);
    }

    @Override
    public void botAnswered(Platform platform) {
        counters.add(BOT_ANSWERS, 1);
        Counter.builder("watchkeeper.bot.answers")
                .description("Questions answered from the knowledge base")
                .tag("platform", tag(platform))
                .register(registry)
                .increment();
    }

    @Override
    public void ticketOpened(Category category, Priority priority, Platform platform) {
        counters.add(TICKETS_OPENED, 1);
        Counter.builder("watchkeeper.tickets.opened")
                .tag("category", tag(category))
                .tag("priority", tag(priority))
                .tag("platform", tag(platform))
                .register(registry)
                .increment();
    }

    @Override
    public void firstResponse(Priority priority, Duration sinceOpened) {
        timer("watchkeeper.tickets.first.response", "priority", tag(priority)).record(sinceOpened);
    }

    @Override
    public void ticketResolved(Category category, Priority priority, Duration sinceOpened) {
        timer("watchkeeper.tickets.resolution", "priority", tag(priority)).record(sinceOpened);
    }

    @Override
    public void rated(int score) {
        DistributionSummary.builder("watchkeeper.csat")
                .description("Member ratings of closed tickets, 1 to 5")
                .register(registry)
                .record(score);
    }

    @Override
    public void slaBreached(Priority priority, SlaKind kind) {
        Counter.builder("watchkeeper.sla.breaches")
                .tag("priority", tag(priority))
                .tag("kind", tag(kind))
                .register(registry)
                .increment();
    }

    private Timer timer(String name, String tagKey, String tagValue) {
        return Timer.builder(name)
                .tag(tagKey, tagValue)
                .publishPercentiles(0.5, 0.9)
                .register(registry);
    }

    private static double openTickets(TicketStore tickets) {
        return Arrays.stream(TicketStatus.values())
                .filter(TicketStatus::isOpen)
                .mapToInt(status -> tickets.withStatus(status).size())
                .sum();
    }

    private static double deflectionRate(MicrometerSupportMetrics metrics) {
        long answered = metrics.counters.get(BOT_ANSWERS);
        long total = answered + metrics.counters.get(TICKETS_OPENED);
        return total == 0 ? 0.0 : (double) answered / total;
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
