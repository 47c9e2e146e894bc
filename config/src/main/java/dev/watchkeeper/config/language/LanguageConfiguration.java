package dev.watchkeeper.config.language;

import dev.watchkeeper.config.conversation.ConversationProperties;
import dev.watchkeeper.core.assembly.FeatureTexts;
import dev.watchkeeper.core.language.LanguageDetector;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member's language and the texts the bot says in each language. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LanguageProperties.class, ConversationProperties.class})
public class LanguageConfiguration {

    @Bean
    LanguageDetector languageDetector(LanguageProperties properties) {
        return Languages.detector(properties);
    }

    @Bean
    MemberLanguage memberLanguage(LanguageDetector detector, ConversationProperties conversation) {
        return new MemberLanguage(detector, conversation.defaultLanguage());
    }

    @Bean
    MessageCatalog messageCatalog(LanguageProperties properties) {
        return Languages.catalog(properties);
    }

    /** What every feature says, per language, from the catalogue. */
    @Bean
    FeatureTexts featureTexts(MessageCatalog catalog) {
        return FeatureTexts.of(catalog);
    }
}
