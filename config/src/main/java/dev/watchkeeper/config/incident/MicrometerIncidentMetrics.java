package dev.watchkeeper.config.incident;

import dev.watchkeeper.core.incident.IncidentMetrics;
import dev.watchkeeper.core.model.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Incident mode's figures for Prometheus: alerts, incidents, questions answered with an incident's
 * status, tickets held, and the times from a spike's first message to the alert, to the incident
 * and to its resolution.
 */
final class MicrometerIncidentMetrics implements IncidentMetrics {
    private final MeterRegistry registry;
    private final Counter alerts;
    private final Counter opened;
    private final Counter resolved;
    private final Timer toAlert;
    private final Timer toIncident;
    private final Timer toResolution;
    private final Timer openFor;
    private final DistributionSummary membersTold;

    MicrometerIncidentMetrics(MeterRegistry registry, Iterable<Platform> platforms) {
        this.registry = registry;
        alerts = Counter.builder("watchkeeper.incidents.alerts")
                .description("Spikes of member questions on one topic that alerted staff")
                .register(registry);
        opened = Counter.builder("watchkeeper.incidents.opened")
                .description("Incidents staff opened")
                .register(registry);
        resolved = Counter.builder("watchkeeper.incidents.resolved")
                .description("Incidents staff resolved")
                .register(registry);
        toAlert = timer(
                "watchkeeper.incidents.first.message.to.alert", "From a spike's first message to the staff alert");
        toIncident = timer(
                "watchkeeper.incidents.first.message.to.incident", "From a spike's first message to its incident");
        toResolution = timer(
                "watchkeeper.incidents.first.message.to.resolution",
                "From a spike's first message to its incident's resolution");
        openFor = timer("watchkeeper.incidents.open.duration", "How long incidents stayed open");
        membersTold = DistributionSummary.builder("watchkeeper.incidents.members.told")
                .description("Linked members told of an incident's resolution")
                .register(registry);
        for (Platform platform : platforms) {
            statusCounter(platform, "en");
            held(platform);
        }
    }

    private Timer timer(String name, String description) {
        return Timer.builder(name).description(description).register(registry);
    }

    private Counter statusCounter(Platform platform, String language) {
        return Counter.builder("watchkeeper.incidents.status.answers")
                .description("Member questions answered with an open incident's status")
                .tag("platform", tag(platform))
                .tag("language", language)
                .register(registry);
    }

    private Counter held(Platform platform) {
        return Counter.builder("watchkeeper.incidents.tickets.held")
                .description("New tickets held with an open incident instead of queued")
                .tag("platform", tag(platform))
                .register(registry);
    }

    @Override
    public void alerted(Duration sinceFirstMessage) {
        alerts.increment();
        toAlert.record(sinceFirstMessage);
    }

    @Override
    public void opened(@Nullable Duration sinceFirstMessage) {
        opened.increment();
        if (sinceFirstMessage != null) {
            toIncident.record(sinceFirstMessage);
        }
    }

    @Override
    public void statusAnswered(Platform platform, String language) {
        statusCounter(platform, language).increment();
    }

    @Override
    public void ticketLinked(Platform platform) {
        held(platform).increment();
    }

    @Override
    public void resolved(Duration sinceOpened, @Nullable Duration sinceFirstMessage, int told) {
        resolved.increment();
        openFor.record(sinceOpened);
        if (sinceFirstMessage != null) {
            toResolution.record(sinceFirstMessage);
        }
        membersTold.record(told);
    }

    private static String tag(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT);
    }
}
