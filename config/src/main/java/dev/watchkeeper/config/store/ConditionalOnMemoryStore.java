package dev.watchkeeper.config.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean of the in-memory stores: active unless {@code watchkeeper.store} says otherwise, and
 * refusing a value that names no store (see {@link MemoryStoreCondition}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(MemoryStoreCondition.class)
public @interface ConditionalOnMemoryStore {}
