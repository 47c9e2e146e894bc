/** Redis implementations of the core's conversation ports. */
@NullMarked
package dev.watchkeeper.redis.conversation;

import org.jspecify.annotations.NullMarked;
