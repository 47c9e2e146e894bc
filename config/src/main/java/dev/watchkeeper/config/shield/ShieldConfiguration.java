package dev.watchkeeper.config.shield;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.config.bot.PlatformModerators;
import dev.watchkeeper.config.language.LanguageProperties;
import dev.watchkeeper.config.store.ConditionalOnMemoryStore;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.assembly.ShieldParts;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.LearnedSamples;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.shield.ShieldComponents;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldLearning;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The scam shield, its learning from verdicts, and the moderation desk. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ScamProperties.class, ModerationProperties.class})
public class ShieldConfiguration {

    @Bean
    CommunityDomains communityDomains(CommunityDomainStore store) {
        return new CommunityDomains(store);
    }

    @Bean(destroyMethod = "close")
    ShieldComponents shieldComponents(ScamProperties properties, CommunityDomains community) {
        return ShieldFactory.create(properties.toOptions(), community);
    }

    @Bean
    ScamShield scamShield(ShieldComponents components) {
        return components.shield();
    }

    @Bean
    SecretRedactor secretRedactor() {
        return SecretRedactor.bundled();
    }

    @Bean(destroyMethod = "close")
    ShieldLearning shieldLearning(
            ShieldComponents components,
            CommunityDomains community,
            ScamProperties properties,
            LearnedSamples samples) {
        return new ShieldLearning(components, community, properties.retrainDelay(), samples);
    }

    @Bean
    @ConditionalOnMemoryStore
    ModerationCaseStore moderationCaseStore() {
        return new InMemoryModerationCaseStore();
    }

    @Bean
    ModerationSettings moderationSettings(
            ModerationProperties properties,
            LanguageProperties language,
            List<PlatformChats> platforms,
            ObjectProvider<PlatformModerators> platformModerators) {
        Set<String> accounts = new HashSet<>(properties.moderatorAccounts());
        accounts.add(ModeratorRoster.key(ConsolePersona.MODERATOR));
        // the demo's staff persona moderates too, so that its one console sign-in shows every page
        accounts.add(ModeratorRoster.key(ConsolePersona.AGENT));
        Set<String> roles = new HashSet<>(properties.moderatorRoles());
        platformModerators.orderedStream().forEach(extra -> {
            accounts.addAll(extra.accounts());
            roles.addAll(extra.roles());
        });
        Map<Platform, ChatRef> moderatorChats = new EnumMap<>(Platform.class);
        for (PlatformChats chats : platforms) {
            if (chats.moderatorChat() != null) {
                moderatorChats.put(chats.platform(), chats.moderatorChat());
            }
        }
        return new ModerationSettings(
                moderatorChats,
                properties.defaultPolicy(),
                properties.communityPolicies(),
                new ModeratorRoster(accounts, roles),
                language.staff(),
                properties.waves().toSettings());
    }

    /** The scam feature's parts that moderation acts with. */
    @Bean
    ShieldParts shieldParts(
            ScamShield shield, SecretRedactor redactor, ShieldLearning learning, CommunityDomains community) {
        return new ShieldParts(shield, redactor, learning, community);
    }

    @Bean
    MicrometerModerationMetrics moderationMetrics(MeterRegistry registry, Environment environment) {
        return new MicrometerModerationMetrics(registry, ConfiguredPlatforms.on(environment));
    }
}
