/** Redis implementations of incident mode's ports: incidents with their timelines and links, and community signals. */
@NullMarked
package dev.watchkeeper.redis.incident;

import org.jspecify.annotations.NullMarked;
