/**
 * The durable outbox: every outbound action is recorded before the platform event that caused it
 * is confirmed, and removed once the platform accepted it, so that a crash or a stop loses none.
 */
@NullMarked
package dev.watchkeeper.core.outbox;

import org.jspecify.annotations.NullMarked;
