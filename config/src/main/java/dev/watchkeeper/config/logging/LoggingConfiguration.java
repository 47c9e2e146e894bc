package dev.watchkeeper.config.logging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The log format's setting, validated like every other (logback reads it on its own). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LogsProperties.class)
public class LoggingConfiguration {}
