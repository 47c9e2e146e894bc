/** The Telegram adapter's wiring: its properties, the adapter, its runner and the webhook endpoint. */
@NullMarked
package dev.watchkeeper.config.telegram;

import org.jspecify.annotations.NullMarked;
