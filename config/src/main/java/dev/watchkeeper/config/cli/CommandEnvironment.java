package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.logging.LogsProperties;
import dev.watchkeeper.config.store.StoreChoice;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The application's settings read as the application reads them (the command line's settings,
 * Java system properties, environment variables, then {@code application.yml} in {@code
 * ./config}, the working directory and the jar) and bound to their settings records with the same
 * validation and the same one-line errors, without starting the application: for a command that
 * needs one component and a few settings rather than the whole bot, so that it answers in about a
 * second instead of several. Logging is set up from the same settings, which are checked as the
 * application checks them.
 */
final class CommandEnvironment {
    private final Binder binder;
    private final BindHandler validation;

    private CommandEnvironment(Binder binder, BindHandler validation) {
        this.binder = binder;
        this.validation = validation;
    }

    /** Reads the settings, with {@code settings} (from the command line) first. */
    static CommandEnvironment of(Map<String, String> settings) {
        ConfigurableEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("commandLineArgs", new LinkedHashMap<>(settings)));
        try {
            ConfigDataEnvironmentPostProcessor.applyTo(environment);
        } catch (RuntimeException e) {
            throw StartFailures.explain(e);
        }
        ConfigurationPropertySources.attach(environment);
        Binder binder = Binder.get(environment);
        startLogging(environment, binder);
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setMessageInterpolator(new MessageInterpolatorFactory().getObject());
        validator.afterPropertiesSet();
        CommandEnvironment read = new CommandEnvironment(binder, new ValidationBindHandler(validator));
        read.bind(LogsProperties.class);
        return read;
    }

    /**
     * The settings record {@code type} (annotated with its prefix), with its defaults and
     * validated; a setting that cannot be read or is out of range is a {@link UsageException}.
     */
    <T> T bind(Class<T> type) {
        String prefix = type.getAnnotation(ConfigurationProperties.class).value();
        try {
            return binder.bindOrCreate(prefix, Bindable.of(type), validation);
        } catch (BindException e) {
            throw StartFailures.explain(e);
        }
    }

    /** True when the settings choose the in-memory store (the demo's), as the application would. */
    boolean memoryStore() {
        try {
            return StoreChoice.of(binder) == StoreChoice.MEMORY;
        } catch (BindException e) {
            throw StartFailures.explain(e);
        }
    }

    /** Logging as the application sets it up: its logback configuration, then the levels set. */
    private static void startLogging(ConfigurableEnvironment environment, Binder binder) {
        LoggingSystem logging = LoggingSystem.get(CommandEnvironment.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        binder.bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
                .orElse(Map.of())
                .forEach((name, level) -> logging.setLogLevel(
                        name.toUpperCase(Locale.ROOT).equals(LoggingSystem.ROOT_LOGGER_NAME) ? null : name, level));
    }
}
