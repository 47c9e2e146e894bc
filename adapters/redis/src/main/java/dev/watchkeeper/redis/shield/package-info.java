/** Redis implementations of the scam shield's ports (the community's domain lists, what moderators taught it). */
@NullMarked
package dev.watchkeeper.redis.shield;

import org.jspecify.annotations.NullMarked;
