package dev.watchkeeper.config.bot;

import static dev.watchkeeper.config.bot.MetricTags.tag;

import dev.watchkeeper.core.bot.BotMetrics;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bot's handled events as Micrometer meters (served at {@code /actuator/prometheus}): {@code
 * watchkeeper.updates.received} (events from the platform) and {@code
 * watchkeeper.updates.last.received} (when the last came, seconds since the epoch) per platform;
 * {@code watchkeeper.handling} (time to decide, a histogram) per platform; {@code
 * watchkeeper.questions} (messages the bot answered, offered suggestions for or fell back on) by
 * outcome and the language it answered in. The platforms the bot runs on are registered at zero
 * when it starts, so that "no update for N minutes" can be told from "never received one".
 * Thread-safe; never blocks.
 */
public final class MicrometerBotMetrics implements BotMetrics {
    /** How a question ended, by the first decision of that kind the bot made about it. */
    enum Outcome {
        ANSWERED,
        SUGGESTED,
        FALLBACK
    }

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<Platform, AtomicLong> lastReceived = new ConcurrentHashMap<>();

    /** Registers the meters of {@code platforms} and of every supported language at once. */
    public MicrometerBotMetrics(MeterRegistry registry, Clock clock, Collection<Platform> platforms) {
        this.registry = registry;
        this.clock = clock;
        for (Platform platform : platforms) {
            received(platform);
            lastReceived(platform);
            handling(platform);
        }
        for (String language : MemberLanguage.SUPPORTED) {
            for (Outcome outcome : Outcome.values()) {
                questions(outcome, language);
            }
        }
    }

    @Override
    public void handled(Inbound inbound, List<Decision> decisions, Duration took) {
        Platform platform = inbound.chat().platform();
        received(platform).increment();
        lastReceived(platform).set(clock.millis());
        handling(platform).record(took);
        if (inbound instanceof InboundMessage message) {
            outcome(decisions)
                    .ifPresent(outcome -> questions(outcome, language(message)).increment());
        }
    }

    private static Optional<Outcome> outcome(List<Decision> decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof Answer) {
                return Optional.of(Outcome.ANSWERED);
            }
            if (decision instanceof Suggest) {
                return Optional.of(Outcome.SUGGESTED);
            }
            if (decision instanceof Fallback) {
                return Optional.of(Outcome.FALLBACK);
            }
        }
        return Optional.empty();
    }

    /** One of the supported languages; anything else (no language decided) counts as the default. */
    private static String language(InboundMessage message) {
        return MemberLanguage.supported(message.languageHint()).orElse(MemberLanguage.ENGLISH);
    }

    private Counter received(Platform platform) {
        return Counter.builder("watchkeeper.updates.received")
                .description("Events received from the platform (messages, button presses, joins, delivery reports)")
                .tag("platform", tag(platform))
                .register(registry);
    }

    private AtomicLong lastReceived(Platform platform) {
        return lastReceived.computeIfAbsent(platform, p -> {
            AtomicLong millis = new AtomicLong(clock.millis());
            Gauge.builder("watchkeeper.updates.last.received", millis, m -> m.get() / 1000.0)
                    .description("When the last event came from the platform (since the bot started if none)")
                    .baseUnit("seconds")
                    .tag("platform", tag(p))
                    .register(registry);
            return millis;
        });
    }

    private Timer handling(Platform platform) {
        return Timer.builder("watchkeeper.handling")
                .description("Time the bot took to decide what to do about an event")
                .tag("platform", tag(platform))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    private Counter questions(Outcome outcome, String language) {
        return Counter.builder("watchkeeper.questions")
                .description("Members' questions by how they ended: answered, suggestions offered, or fallback")
                .tag("outcome", tag(outcome))
                .tag("language", language)
                .register(registry);
    }
}
