package dev.watchkeeper.config.conversation;

import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.config.store.ConditionalOnMemoryStore;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.model.Platform;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conversation engine's settings and the state it keeps (the engine itself: {@code config.assembly}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
public class ConversationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMemoryStore
    ConversationStore conversationStore(ConversationProperties properties, Clock clock) {
        return new InMemoryConversationStore(properties.idleTimeout(), clock);
    }

    /**
     * The engine's settings; {@code platforms} name the bot's handle on each platform it runs on,
     * which tells a command or mention addressed to it.
     */
    @Bean
    EngineSettings engineSettings(
            ConversationProperties properties, AnswerPolicy policy, ObjectProvider<PlatformChats> platforms) {
        Map<Platform, String> handles = new EnumMap<>(Platform.class);
        platforms.orderedStream().forEach(chats -> handles.put(chats.platform(), chats.botHandle()));
        return properties.toEngineSettings(policy.thresholds(), handles);
    }
}
