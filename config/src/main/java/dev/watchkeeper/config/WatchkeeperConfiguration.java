package dev.watchkeeper.config;

import dev.watchkeeper.config.assembly.AssemblyConfiguration;
import dev.watchkeeper.config.bot.BotConfiguration;
import dev.watchkeeper.config.console.ConsoleConfiguration;
import dev.watchkeeper.config.conversation.ConversationConfiguration;
import dev.watchkeeper.config.discord.DiscordConfiguration;
import dev.watchkeeper.config.faq.KnowledgeConfiguration;
import dev.watchkeeper.config.incident.IncidentConfiguration;
import dev.watchkeeper.config.language.LanguageConfiguration;
import dev.watchkeeper.config.logging.LoggingConfiguration;
import dev.watchkeeper.config.shield.ShieldConfiguration;
import dev.watchkeeper.config.store.MemoryStoreConfiguration;
import dev.watchkeeper.config.store.RedisStoreConfiguration;
import dev.watchkeeper.config.telegram.TelegramConfiguration;
import dev.watchkeeper.config.ticket.TicketConfiguration;
import dev.watchkeeper.config.web.ConsoleSecurity;
import dev.watchkeeper.config.web.SignInConfiguration;
import dev.watchkeeper.config.web.WebConsoleConfiguration;
import dev.watchkeeper.config.webhook.WebhookConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The list of features the application is made of, wired in this one place. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({
    // first, in this order: the knowledge base starts building in the background, then the main
    // thread builds the scam shield meanwhile, before any bean that waits for the knowledge base
    KnowledgeConfiguration.class,
    LoggingConfiguration.class,
    LanguageConfiguration.class,
    ShieldConfiguration.class,
    ConversationConfiguration.class,
    TicketConfiguration.class,
    IncidentConfiguration.class,
    WebhookConfiguration.class,
    BotConfiguration.class,
    SignInConfiguration.class,
    // the bot itself, built from the features above by the core's composition root
    AssemblyConfiguration.class,
    TelegramConfiguration.class,
    DiscordConfiguration.class,
    ConsoleConfiguration.class,
    // the staff web console (watchkeeper.web.port), and who may reach which page of the server
    ConsoleSecurity.class,
    WebConsoleConfiguration.class,
    // where state lives: watchkeeper.store=memory|redis
    MemoryStoreConfiguration.class,
    RedisStoreConfiguration.class
})
public class WatchkeeperConfiguration {}
