package dev.watchkeeper.config.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.ResolvableType;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns an application that did not start into one line that says what to change. A setting that
 * cannot be read, is out of range or contradicts another is a {@link UsageException} naming the
 * setting (exit code 2); anything else is a {@link CommandFailure} with the first message that is
 * not Spring's wrapping of it (exit code 1). Spring's own report of the failure is off (see
 * application.yml); the whole trace is logged here at debug level.
 */
final class StartFailures {
    private static final Logger log = LoggerFactory.getLogger(StartFailures.class);

    private StartFailures() {}

    static RuntimeException explain(RuntimeException failure) {
        log.debug("The application did not start", failure);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case UsageException usage -> {
                    return usage;
                }
                case CommandFailure commandFailure -> {
                    return commandFailure;
                }
                case BindException bind -> {
                    return new UsageException(unreadable(bind));
                }
                case InvalidConfigurationPropertyValueException invalid -> {
                    return new UsageException(invalid.getName() + ": " + invalid.getReason());
                }
                default -> {}
            }
        }
        return new CommandFailure(firstOwnMessage(failure));
    }

    /**
     * The first message in the chain of causes that is not Spring's wrapping of a cause, else the
     * message of the last cause that has one.
     */
    static String firstOwnMessage(Throwable failure) {
        String last = failure.toString();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() == null) {
                continue;
            }
            if (!(cause instanceof BeansException)) {
                return cause.getMessage();
            }
            last = cause.getMessage();
        }
        return last;
    }

    private static String unreadable(BindException bind) {
        if (bind.getCause() instanceof BindValidationException validation) {
            return invalid(validation.getValidationErrors());
        }
        String name = bind.getName().toString();
        ConfigurationProperty property = bind.getProperty();
        if (property == null || property.getValue() == null) {
            return name + ": " + firstOwnMessage(bind.getCause() == null ? bind : bind.getCause());
        }
        String value = "'" + property.getValue() + "'";
        ResolvableType type = bind.getTarget().getType();
        if (type.asCollection() != ResolvableType.NONE) {
            return name + ": " + value + ": each item must be "
                    + expected(type.asCollection().getGeneric(0).resolve());
        }
        return name + ": " + value + " is not " + expected(type.resolve());
    }

    /** What a value of {@code type} looks like, for the types the settings use. */
    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == Duration.class) {
            return "a duration such as 500ms, 30s, 5m or 24h";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String invalid(ValidationErrors errors) {
        List<String> problems = errors.getAllErrors().stream()
                .map(error -> invalid(errors.getName().toString(), error))
                .toList();
        return String.join("; ", problems);
    }

    private static String invalid(String prefix, ObjectError error) {
        if (!(error instanceof FieldError field)) {
            return prefix + ": " + error.getDefaultMessage();
        }
        Object rejected = field.getRejectedValue();
        String found = rejected == null || rejected instanceof CharSequence || rejected instanceof Collection<?>
                ? ""
                : " (found " + rejected + ")";
        return prefix + "." + DataObjectPropertyName.toDashedForm(field.getField()) + ": " + field.getDefaultMessage()
                + found;
    }
}
