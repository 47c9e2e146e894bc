package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        return start(WebApplicationType.NONE, properties, args);
    }

    /**
     * Starts the application as the long-running bot: with the web server for the health and
     * metrics endpoints, which listens only when {@code server.port} is set (see README).
     */
    static ConfigurableApplicationContext startBot(String... args) {
        return start(WebApplicationType.SERVLET, Map.of(), args);
    }

    private static ConfigurableApplicationContext start(
            WebApplicationType type, Map<String, Object> properties, String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        try {
            return new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                    .web(type)
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
