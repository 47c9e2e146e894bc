package dev.watchkeeper.config.incident;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.incident.IncidentMetrics;
import dev.watchkeeper.core.incident.IncidentSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Incident mode: its settings and its metrics; the stores are the store configurations'. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentProperties.class)
public class IncidentConfiguration {

    /**
     * The settings as configured; the console demo with no announcement channels set announces in
     * its community group, so that it shows announcements.
     */
    @Bean
    IncidentSettings incidentSettings(IncidentProperties properties, Environment environment) {
        IncidentSettings settings = properties.toSettings();
        if (ConfiguredPlatforms.any(environment) || !settings.announceChannels().isEmpty()) {
            return settings;
        }
        return new IncidentSettings(
                settings.enabled(),
                settings.idPrefix(),
                settings.signals(),
                settings.groupSimilarity(),
                List.of(ConsolePersona.group().chat()),
                settings.announceOnOpen(),
                settings.pin());
    }

    @Bean
    IncidentMetrics incidentMetrics(MeterRegistry registry, Environment environment) {
        return new MicrometerIncidentMetrics(registry, ConfiguredPlatforms.on(environment));
    }
}
