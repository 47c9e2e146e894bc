/** Redis implementations of the core's ticket ports. */
@NullMarked
package dev.watchkeeper.redis.ticket;

import org.jspecify.annotations.NullMarked;
