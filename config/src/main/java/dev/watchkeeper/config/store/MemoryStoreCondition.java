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
    /** The values of {@code watchkeeper.store}. */
    enum Store {
        MEMORY,
        REDIS
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Store store = Binder.get(context.getEnvironment())
                .bind("watchkeeper.store", Store.class)
                .orElse(Store.MEMORY);
        return store == Store.MEMORY;
    }
}
