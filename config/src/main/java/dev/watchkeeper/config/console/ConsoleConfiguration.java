package dev.watchkeeper.config.console;

import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.console.ConsoleRenderer;
import dev.watchkeeper.core.model.Platform;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console adapter of the embedded demo. */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration {

    @Bean
    ConsoleRenderer consoleRenderer() {
        return new ConsoleRenderer();
    }

    @Bean
    PlatformChats consoleChats() {
        return new PlatformChats(
                Platform.CONSOLE, ConsolePersona.STAFF_CHAT, ConsolePersona.MODERATOR_CHAT, "watchkeeper");
    }
}
