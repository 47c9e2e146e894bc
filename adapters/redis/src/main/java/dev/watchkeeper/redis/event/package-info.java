/** The Redis implementation of the core's event queues (webhooks waiting for delivery). */
@NullMarked
package dev.watchkeeper.redis.event;

import org.jspecify.annotations.NullMarked;
