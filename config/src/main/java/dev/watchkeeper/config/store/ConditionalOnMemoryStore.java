package dev.watchkeeper.config.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Marks a bean of the in-memory stores: active unless {@code watchkeeper.store} says otherwise. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnProperty(name = "watchkeeper.store", havingValue = "memory", matchIfMissing = true)
public @interface ConditionalOnMemoryStore {}
