package dev.watchkeeper.config.web;

import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.web.ConsoleGateway;
import dev.watchkeeper.web.LiveViews;
import dev.watchkeeper.web.SignInGate;
import dev.watchkeeper.web.StaffChats;
import jakarta.servlet.SessionCookieConfig;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The staff web console, when {@code watchkeeper.web.port} is set: the gateway its actions go
 * through, the sign-in gate, the live views, and the session cookie (HttpOnly, SameSite=Lax,
 * Secure when the console's public address is https). The console is served on the server's
 * port; {@code watchkeeper.web.port} sets it when {@code server.port} is not set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "watchkeeper.web", name = "port")
@EnableConfigurationProperties(WebConsoleProperties.class)
@Import({
    // one line a section: the queue, inbox, dashboard and knowledge views add theirs
    SignInController.class,
    HomeController.class,
    ConsolePages.class,
    LiveController.class,
    DashboardConfiguration.class,
    KnowledgeController.class,
    ModerationQueueConfiguration.class,
    InboxConfiguration.class
})
public class WebConsoleConfiguration {

    @Bean
    StaffChats consoleStaffChats(TicketSettings tickets, ModerationSettings moderation) {
        return new StaffChats(tickets.staffChats(), moderation.moderatorChats());
    }

    @Bean
    ConsoleGateway consoleGateway(Bot bot, OutboundRouter outbound, StaffChats chats, AuditLog audit, Clock clock) {
        return new ConsoleGateway(bot, outbound, chats, audit, clock);
    }

    @Bean
    SignInGate signInGate(SignInGate.Redeemer redeemer, WebConsoleProperties properties, Clock clock) {
        return new SignInGate(redeemer, properties.signInsPerMinute(), clock);
    }

    @Bean
    LiveViews liveViews() {
        return new LiveViews();
    }

    @Bean
    ServletContextInitializer consoleSessionCookie(WebConsoleProperties properties, Environment environment) {
        Integer serverPort = environment.getProperty("server.port", Integer.class);
        if (serverPort != null
                && serverPort >= 0
                && properties.port() != null
                && !serverPort.equals(properties.port())) {
            throw new IllegalStateException("watchkeeper.web.port (" + properties.port() + ") and server.port ("
                    + serverPort + ") differ: the console is served on the server's port; set only one of them");
        }
        return servletContext -> {
            SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
            cookie.setHttpOnly(true);
            cookie.setSecure(properties.cookiesSecure());
            cookie.setAttribute("SameSite", "Lax");
            cookie.setName("WK_CONSOLE");
        };
    }
}
