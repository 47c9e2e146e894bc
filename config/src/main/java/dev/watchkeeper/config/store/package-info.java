/**
 * Where state lives: {@code watchkeeper.store=memory} (the default: the embedded demo and tests)
 * or {@code redis} (production: {@code watchkeeper.redis.*}, see docs/redis.md). Each store port
 * gets exactly one bean from one of the two configurations here.
 */
@NullMarked
package dev.watchkeeper.config.store;

import org.jspecify.annotations.NullMarked;
