package dev.watchkeeper.config.console;

import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.console.ConsoleRenderer;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.signin.ConsoleRoles;
import dev.watchkeeper.core.signin.SignInLinks;
import dev.watchkeeper.core.ticket.staff.StaffDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console adapter of the embedded demo. */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration {

    @Bean
    ConsoleRenderer consoleRenderer() {
        return new ConsoleRenderer();
    }

    /** The demo's start line with a sign-in link to the staff console, while it is on. */
    @Bean
    DemoSignInLink demoSignInLink(SignInLinks links, ModerationSettings moderation, StaffDirectory staff) {
        return new DemoSignInLink(links, new ConsoleRoles(moderation.moderators(), staff, links.supervisors()));
    }

    @Bean
    PlatformChats consoleChats() {
        return new PlatformChats(
                Platform.CONSOLE, ConsolePersona.STAFF_CHAT, ConsolePersona.MODERATOR_CHAT, "watchkeeper");
    }
}
