/** Redis implementations of the core's bot ports. */
@NullMarked
package dev.watchkeeper.redis.bot;

import org.jspecify.annotations.NullMarked;
