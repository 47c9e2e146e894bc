package dev.watchkeeper.config.bot;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.RemoteOutbound;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.moderation.ModerationDesk;
import dev.watchkeeper.core.ticket.TicketDesk;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bot's one entry point, the router for decisions made outside an inbound event, and the send
 * queues' metrics.
 */
@Configuration(proxyBeanMethods = false)
public class BotConfiguration {

    @Bean
    Bot bot(ModerationDesk moderation, TicketDesk desk, ConversationEngine engine) {
        return new Bot(moderation, desk, engine);
    }

    @Bean
    MicrometerSendMetrics sendMetrics(MeterRegistry registry) {
        return new MicrometerSendMetrics(registry);
    }

    @Bean
    OutboundRouter outboundRouter(ObjectProvider<RemoteOutbound> remote) {
        return new OutboundRouter(remote.getIfAvailable(() -> OutboundRouter.DROP));
    }
}
