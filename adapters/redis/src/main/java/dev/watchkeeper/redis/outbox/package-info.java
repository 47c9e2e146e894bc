/** The Redis implementation of the core's durable outbox. */
@NullMarked
package dev.watchkeeper.redis.outbox;

import org.jspecify.annotations.NullMarked;
