/** Redis implementations of the core's moderation ports. */
@NullMarked
package dev.watchkeeper.redis.moderation;

import org.jspecify.annotations.NullMarked;
