/** Redis implementations of the core's scam ports. */
@NullMarked
package dev.watchkeeper.redis.scam;

import org.jspecify.annotations.NullMarked;
