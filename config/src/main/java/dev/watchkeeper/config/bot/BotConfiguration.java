package dev.watchkeeper.config.bot;

import dev.watchkeeper.core.bot.RemoteOutbound;
import dev.watchkeeper.core.model.Platform;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The bot's metrics, the router for decisions made outside an inbound event, and the send queues'
 * metrics.
 */
@Configuration(proxyBeanMethods = false)
public class BotConfiguration {

    @Bean
    MicrometerBotMetrics botMetrics(MeterRegistry registry, Clock clock, Environment environment) {
        return new MicrometerBotMetrics(registry, clock, ConfiguredPlatforms.on(environment));
    }

    /**
     * Only Telegram's sends go through a send queue; Discord's are paced by JDA, which reports
     * only Discord's 429 answers.
     */
    @Bean
    MicrometerSendMetrics sendMetrics(MeterRegistry registry, Environment environment) {
        List<Platform> platforms = ConfiguredPlatforms.on(environment).stream()
                .filter(platform -> platform != Platform.CONSOLE)
                .toList();
        return new MicrometerSendMetrics(
                registry,
                ConfiguredPlatforms.telegram(environment) ? List.of(Platform.TELEGRAM) : List.of(),
                platforms);
    }

    @Bean
    OutboundRouter outboundRouter(ObjectProvider<RemoteOutbound> remote) {
        return new OutboundRouter(remote.getIfAvailable(() -> OutboundRouter.DROP));
    }
}
