package dev.watchkeeper.config.ticket;

import static dev.watchkeeper.config.bot.MetricTags.tag;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.report.SupportCounters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The support metrics as Micrometer meters (served at {@code /actuator/prometheus}): tickets
 * opened per category, priority and platform; bot answers and the deflection rate; first-response
 * and resolution times with median and p90; CSAT; SLA breaches; the open backlog and the tickets
 * by status. The counts the
 * deflection rate is computed from live in {@link SupportCounters}, so with a persistent store they
 * survive restarts and add up across instances. Thread-safe.
 */
public final class MicrometerSupportMetrics implements SupportMetrics {
    private final MeterRegistry registry;
    static final String BOT_ANSWERS = "bot.answers";
    static final String TICKETS_OPENED = "tickets.opened";

    private final SupportCounters counters;

    MicrometerSupportMetrics(MeterRegistry registry, TicketStore tickets, SupportCounters counters) {
        this(registry, tickets, counters, List.of());
    }

    /**
     * Registers every meter of the given platforms at zero at once, so that dashboards and alerts
     * see them before the first ticket.
     */
    MicrometerSupportMetrics(
            MeterRegistry registry, TicketStore tickets, SupportCounters counters, Collection<Platform> platforms) {
        this.registry = registry;
        this.counters = counters;
        Gauge.builder("watchkeeper.tickets.backlog", tickets, MicrometerSupportMetrics::openTickets)
                .description("Tickets not yet resolved")
                .register(registry);
        for (TicketStatus status : TicketStatus.values()) {
            Gauge.builder("watchkeeper.tickets.current", tickets, store -> store.withStatus(status)
                            .size())
                    .description("Tickets kept in the store, by status")
                    .tag("status", tag(status))
                    .register(registry);
        }
        Gauge.builder("watchkeeper.deflection.rate", this, MicrometerSupportMetrics::deflectionRate)
                .description("Questions answered by the bot over questions answered plus tickets opened")
                .register(registry);
        csat();
        for (Priority priority : Priority.values()) {
            firstResponses(priority);
            resolutions(priority);
            for (SlaKind kind : SlaKind.values()) {
                breaches(priority, kind);
            }
        }
        for (Platform platform : platforms) {
            answers(platform);
            for (Category category : Category.values()) {
                opened(category, category.priority(), platform);
            }
        }
    }

    /** How many questions the bot has answered (since the store was new). */
    public long botAnswers() {
        return counters.get(BOT_ANSWERS);
    }

    @Override
    public void botAnswered(Platform platform) {
        counters.add(BOT_ANSWERS, 1);
        answers(platform).increment();
    }

    @Override
    public void ticketOpened(Category category, Priority priority, Platform platform) {
        counters.add(TICKETS_OPENED, 1);
        opened(category, priority, platform).increment();
    }

    @Override
    public void firstResponse(Priority priority, Duration sinceOpened) {
        firstResponses(priority).record(sinceOpened);
    }

    @Override
    public void ticketResolved(Category category, Priority priority, Duration sinceOpened) {
        resolutions(priority).record(sinceOpened);
    }

    @Override
    public void rated(int score) {
        csat().record(score);
    }

    @Override
    public void slaBreached(Priority priority, SlaKind kind) {
        breaches(priority, kind).increment();
    }

    private Counter answers(Platform platform) {
        return Counter.builder("watchkeeper.bot.answers")
                .description("Questions answered from the knowledge base")
                .tag("platform", tag(platform))
                .register(registry);
    }

    private Counter opened(Category category, Priority priority, Platform platform) {
        return Counter.builder("watchkeeper.tickets.opened")
                .description("Tickets opened")
                .tag("category", tag(category))
                .tag("priority", tag(priority))
                .tag("platform", tag(platform))
                .register(registry);
    }

    private Timer firstResponses(Priority priority) {
        return timer(
                "watchkeeper.tickets.first.response",
                "Time from a ticket's opening to an agent's first reply",
                priority);
    }

    private Timer resolutions(Priority priority) {
        return timer("watchkeeper.tickets.resolution", "Time from a ticket's opening to its resolution", priority);
    }

    private DistributionSummary csat() {
        return DistributionSummary.builder("watchkeeper.csat")
                .description("Member ratings of closed tickets, 1 to 5")
                .register(registry);
    }

    private Counter breaches(Priority priority, SlaKind kind) {
        return Counter.builder("watchkeeper.sla.breaches")
                .description("Tickets that missed an SLA target")
                .tag("priority", tag(priority))
                .tag("kind", tag(kind))
                .register(registry);
    }

    private Timer timer(String name, String description, Priority priority) {
        return Timer.builder(name)
                .description(description)
                .tag("priority", tag(priority))
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
}
