package dev.watchkeeper.config.language;

import dev.watchkeeper.config.conversation.ConversationProperties;
import dev.watchkeeper.core.conversation.BotTexts;
import dev.watchkeeper.core.language.LanguageDetector;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.ScriptLanguageDetector;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.moderation.ModerationTexts;
import dev.watchkeeper.core.moderation.ModeratorTexts;
import dev.watchkeeper.core.ticket.StaffTexts;
import dev.watchkeeper.core.ticket.TicketTexts;
import dev.watchkeeper.language.LinguaLanguageDetector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member's language and the texts the bot says in each language. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LanguageProperties.class, ConversationProperties.class})
public class LanguageConfiguration {

    @Bean
    LanguageDetector languageDetector(LanguageProperties properties) {
        return switch (properties.detector()) {
            case LINGUA -> LinguaLanguageDetector.loadingInBackground(properties.modelWait());
            case SCRIPT -> new ScriptLanguageDetector();
        };
    }

    @Bean
    MemberLanguage memberLanguage(LanguageDetector detector, ConversationProperties conversation) {
        return new MemberLanguage(detector, conversation.defaultLanguage());
    }

    @Bean
    MessageCatalog messageCatalog(LanguageProperties properties) {
        return properties.messagesPath() == null
                ? MessageCatalog.bundled()
                : MessageCatalog.withOverrides(properties.messagesPath());
    }

    @Bean
    Translations<BotTexts> botTexts(MessageCatalog catalog) {
        return BotTexts.translations(catalog);
    }

    @Bean
    Translations<TicketTexts> ticketTexts(MessageCatalog catalog) {
        return TicketTexts.translations(catalog);
    }

    @Bean
    Translations<ModerationTexts> moderationTexts(MessageCatalog catalog) {
        return ModerationTexts.translations(catalog);
    }

    @Bean
    Translations<StaffTexts> staffTexts(MessageCatalog catalog) {
        return StaffTexts.translations(catalog);
    }

    @Bean
    Translations<ModeratorTexts> moderatorTexts(MessageCatalog catalog) {
        return ModeratorTexts.translations(catalog);
    }
}
