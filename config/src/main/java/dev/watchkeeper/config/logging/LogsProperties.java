package dev.watchkeeper.config.logging;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.logs}: how log lines are written to stderr. The value is read by {@code
 * logback-spring.xml} when logging starts; this record refuses a value it would not know.
 *
 * @param format {@code text}: one line of text per event; {@code json}: one JSON object per line,
 *     in the structure {@code logging.structured.format.console} names ({@code ecs} unless set;
 *     {@code logstash} and {@code gelf} too), for a log collector
 */
@Validated
@ConfigurationProperties("watchkeeper.logs")
public record LogsProperties(
        @DefaultValue("text") @NotNull @Pattern(regexp = "text|json", message = "must be text or json")
                String format) {}
