package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;

/**
 * Chooses whether the long-running bot is a web application, once its settings are read: it is
 * when a platform is configured (the platforms' adapters run only in the web application, and
 * Telegram's webhook is served there), when an HTTP port is set for the health and metrics
 * endpoints, or when the staff web console is on ({@code watchkeeper.web.port}, which then sets
 * {@code server.port} unless that is set). The console demo with no port set has nothing to
 * serve, and starts faster without the servlet container. An explicit {@code
 * spring.main.web-application-type} still wins.
 */
final class BotWebServer implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    /** The staff web console's port: the console is served on the server's port, which it sets. */
    private static final String CONSOLE_PORT = "watchkeeper.web.port";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        Integer consolePort = environment.getProperty(CONSOLE_PORT, Integer.class);
        if (consolePort != null && consolePort >= 0 && !portSet(environment, "server.port")) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("watchkeeper.web", Map.of("server.port", consolePort)));
        }
        event.getSpringApplication().setWebApplicationType(typeFor(environment));
    }

    static WebApplicationType typeFor(PropertyResolver properties) {
        return ConfiguredPlatforms.any(properties)
                        || portSet(properties, "server.port")
                        || portSet(properties, CONSOLE_PORT)
                        || portSet(properties, "management.server.port")
                ? WebApplicationType.SERVLET
                : WebApplicationType.NONE;
    }

    /** A port of 0 (any free port) counts as set; -1 or none does not. */
    private static boolean portSet(PropertyResolver properties, String name) {
        Integer port = properties.getProperty(name, Integer.class);
        return port != null && port >= 0;
    }
}
