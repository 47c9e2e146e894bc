/** Redis implementations of the core's audit ports. */
@NullMarked
package dev.watchkeeper.redis.audit;

import org.jspecify.annotations.NullMarked;
