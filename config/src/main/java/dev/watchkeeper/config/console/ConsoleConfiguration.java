package dev.watchkeeper.config.console;

import dev.watchkeeper.console.ConsoleRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console adapter of the embedded demo. */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration {

    @Bean
    ConsoleRenderer consoleRenderer() {
        return new ConsoleRenderer();
    }
}
