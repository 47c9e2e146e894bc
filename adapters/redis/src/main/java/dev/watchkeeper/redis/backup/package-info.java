/** Backups of the Redis stores: the core's backup port, read page by page and restored as stored. */
@NullMarked
package dev.watchkeeper.redis.backup;

import org.jspecify.annotations.NullMarked;
