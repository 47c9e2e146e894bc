package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command, with the command's options as properties. */
final class ApplicationContexts {
    private ApplicationContexts() {}

    /**
     * Starts the application. {@code properties} (a command's own options) override everything
     * else, including application.yml and the environment; {@code args} may hold further
     * {@code --name=value} settings.
     */
    static ConfigurableApplicationContext start(Map<String, Object> properties, String... args) {
        return start(WebApplicationType.NONE, List.of(), properties, args);
    }

    /**
     * Starts the application as the long-running bot: a web application, for the platforms'
     * adapters and the health and metrics endpoints, unless it is the console demo with no HTTP
     * port set (see {@link BotWebServer}).
     */
    static ConfigurableApplicationContext startBot(String... args) {
        return start(WebApplicationType.SERVLET, List.of(new BotWebServer()), Map.of(), args);
    }

    private static ConfigurableApplicationContext start(
            WebApplicationType type,
            List<ApplicationListener<?>> listeners,
            Map<String, Object> properties,
            String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        try {
            return new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                    .web(type)
                    .listeners(listeners.toArray(ApplicationListener<?>[]::new))
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new UsageException(rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
