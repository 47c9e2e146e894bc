/** Redis implementations of the core's FAQ ports. */
@NullMarked
package dev.watchkeeper.redis.faq;

import org.jspecify.annotations.NullMarked;
