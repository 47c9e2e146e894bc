package dev.watchkeeper.config.store;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code watchkeeper.store} is {@code memory} or not set. A value that names no store
 * stops the start with the setting's name and its choices (a bind error), where it would otherwise
 * leave the application with no stores and a missing-bean error.
 */
final class MemoryStoreCondition implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StoreChoice.of(Binder.get(context.getEnvironment())) == StoreChoice.MEMORY;
    }
}
