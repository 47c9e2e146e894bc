package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Starts the Spring application for a command, with the settings of its command line and the
 * command's options as properties. A start that fails throws a {@link UsageException} (a setting
 * to change) or a {@link CommandFailure}, with one line saying what to change.
 */
final class ApplicationContexts {
    private ApplicationContexts() {}

    /**
     * Starts the application for {@code command}: the settings of its command line, then its own
     * {@code options} as properties, which override everything else (the settings, application.yml
     * and the environment).
     */
    static ConfigurableApplicationContext start(CommandSpec command, Map<String, ?> options) {
        Map<String, Object> properties = new LinkedHashMap<>(WatchkeeperCommand.settingsOf(command));
        properties.putAll(options);
        return start(WebApplicationType.NONE, List.of(), properties);
    }

    /**
     * Starts the application as the long-running bot: a web application, for the platforms'
     * adapters and the health and metrics endpoints, unless it is the console demo with no HTTP
     * port set (see {@link BotWebServer}).
     */
    static ConfigurableApplicationContext startBot(Map<String, ?> settings) {
        return start(WebApplicationType.SERVLET, List.of(new BotWebServer()), settings);
    }

    private static ConfigurableApplicationContext start(
            WebApplicationType type, List<ApplicationListener<?>> listeners, Map<String, ?> properties) {
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        try {
            return new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                    .web(type)
                    .listeners(listeners.toArray(ApplicationListener<?>[]::new))
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(arguments);
        } catch (RuntimeException e) {
            throw StartFailures.explain(e);
        }
    }
}
