package dev.watchkeeper.config.conversation;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.config.store.ConditionalOnMemoryStore;
import dev.watchkeeper.core.conversation.BotTexts;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.FaqResponder;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The conversation engine and the state it keeps. */
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

    @Bean
    SmallTalk smallTalk() {
        return SmallTalk.bundled();
    }

    @Bean
    FaqResponder faqResponder(KnowledgeBase knowledgeBase, AnswerPolicy policy, Translations<BotTexts> texts) {
        return new FaqResponder(knowledgeBase, policy, texts);
    }

    @Bean
    ConversationEngine conversationEngine(
            ConversationProperties properties,
            AnswerPolicy policy,
            ConversationStore store,
            FaqResponder faq,
            AnswerFeedback feedback,
            MeterRegistry registry,
            Translations<BotTexts> texts,
            MemberLanguage languages,
            SmallTalk smallTalk,
            ObjectProvider<PlatformChats> platforms,
            Clock clock,
            Environment environment) {
        Map<Platform, String> handles = new EnumMap<>(Platform.class);
        platforms.orderedStream().forEach(chats -> handles.put(chats.platform(), chats.botHandle()));
        EngineSettings settings = new EngineSettings(
                policy.thresholds(),
                properties.answerUnaddressedQuestions(),
                properties.botUsername(),
                handles,
                properties.defaultLanguage(),
                properties.maxQueryChars());
        return new ConversationEngine(
                settings,
                store,
                faq,
                new MeteredAnswerFeedback(feedback, registry, ConfiguredPlatforms.on(environment)),
                texts,
                languages,
                smallTalk,
                clock);
    }
}
