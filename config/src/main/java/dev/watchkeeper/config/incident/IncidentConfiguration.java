package dev.watchkeeper.config.incident;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import dev.watchkeeper.core.incident.IncidentMetrics;
import dev.watchkeeper.core.incident.IncidentSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Incident mode: its settings and its metrics; the stores are the store configurations'. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentProperties.class)
public class IncidentConfiguration {

    @Bean
    IncidentSettings incidentSettings(IncidentProperties properties) {
        return properties.toSettings();
    }

    @Bean
    IncidentMetrics incidentMetrics(MeterRegistry registry, Environment environment) {
        return new MicrometerIncidentMetrics(registry, ConfiguredPlatforms.on(environment));
    }
}
