package dev.watchkeeper.config.ticket;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.config.conversation.ConversationProperties;
import dev.watchkeeper.config.language.LanguageProperties;
import dev.watchkeeper.config.store.ConditionalOnMemoryStore;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.report.SupportCounters;
import dev.watchkeeper.core.ticket.staff.StaffDirectory;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Escalation tickets: stores, the desk, its scheduled jobs and its metrics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TicketProperties.class)
public class TicketConfiguration {

    @Bean
    @ConditionalOnMemoryStore
    TicketStore ticketStore() {
        return new InMemoryTicketStore();
    }

    @Bean
    @ConditionalOnMemoryStore
    AuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    @Bean
    MicrometerSupportMetrics supportMetrics(
            MeterRegistry registry, TicketStore tickets, SupportCounters counters, Environment environment) {
        return new MicrometerSupportMetrics(registry, tickets, counters, ConfiguredPlatforms.on(environment));
    }

    @Bean
    TicketSettings ticketSettings(
            TicketProperties properties,
            ConversationProperties conversation,
            LanguageProperties language,
            List<PlatformChats> platforms) {
        List<ChatRef> staffChats = new ArrayList<>();
        Map<Platform, String> handles = new EnumMap<>(Platform.class);
        for (PlatformChats chats : platforms.stream()
                .sorted(Comparator.comparing(c -> c.platform() == Platform.CONSOLE))
                .toList()) {
            if (chats.staffChat() != null) {
                staffChats.add(chats.staffChat());
            }
            handles.put(chats.platform(), chats.botHandle());
        }
        return new TicketSettings(
                staffChats,
                properties.idPrefix(),
                handles,
                properties.sla().toPolicy(),
                properties.retention(),
                properties.maxTranscriptTurns(),
                properties.missesBeforeTicket(),
                conversation.defaultLanguage(),
                language.staff());
    }

    /** Who is staff: the console agent and the configured agents, or anyone with a staff role. */
    @Bean
    StaffDirectory staffDirectory(TicketProperties properties) {
        List<UserRef> agents = new ArrayList<>();
        agents.add(ConsolePersona.AGENT);
        properties.agents().forEach(agent -> agents.add(agent.toUser()));
        return new StaffRoster(agents, Set.copyOf(properties.staffRoles()));
    }

    @Bean(destroyMethod = "close")
    TicketJobs ticketJobs(BotAssembly assembly, TicketProperties properties, OutboundRouter outbound, Clock clock) {
        return new TicketJobs(
                assembly.slaMonitor(),
                assembly.retentionPurge(),
                outbound,
                clock,
                properties.slaCheckInterval(),
                properties.purgeInterval());
    }
}
