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
     * The settings as configured. The console demo announces in its community group when no
     * announcement channels are set, and alerts without a learning period unless one is set, so
     * that its {@code /spike} shows the alert right after start.
     */
    @Bean
    IncidentSettings incidentSettings(IncidentProperties properties, Environment environment) {
        IncidentSettings settings = properties.toSettings();
        if (ConfiguredPlatforms.any(environment)) {
            return settings;
        }
        boolean learnForSet = environment.containsProperty("watchkeeper.incidents.signals.learn-for");
        return new IncidentSettings(
                settings.enabled(),
                settings.idPrefix(),
                learnForSet ? settings.signals() : settings.signals().learningFor(java.time.Duration.ZERO),
                settings.groupSimilarity(),
                settings.announceChannels().isEmpty()
                        ? List.of(ConsolePersona.group().chat())
                        : settings.announceChannels(),
                settings.announceOnOpen(),
                settings.pin(),
                settings.phrasingSimilarity());
    }

    @Bean
    IncidentMetrics incidentMetrics(MeterRegistry registry, Environment environment) {
        return new MicrometerIncidentMetrics(registry, ConfiguredPlatforms.on(environment));
    }
}
