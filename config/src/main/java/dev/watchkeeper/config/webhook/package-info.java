/** Webhooks: their settings, the event queue of the memory store, the senders and the desks' event port. */
@NullMarked
package dev.watchkeeper.config.webhook;

import org.jspecify.annotations.NullMarked;
