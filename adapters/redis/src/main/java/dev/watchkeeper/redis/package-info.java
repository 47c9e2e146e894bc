/**
 * The core's store ports on Redis, through Lettuce. {@link dev.watchkeeper.redis.RedisStores} holds
 * the one shared connection, the key prefix, the JSON codec and the write-behind buffer; the
 * stores live in a sub-package per store family. Key layout: {@code docs/redis.md}.
 */
@NullMarked
package dev.watchkeeper.redis;

import org.jspecify.annotations.NullMarked;
