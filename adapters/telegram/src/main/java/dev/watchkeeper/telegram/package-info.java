/**
 * The Telegram adapter: maps Bot API updates to the core's inbound events and carries the core's
 * decisions out through TelegramBots, rate-limited. Depends on bot-core only.
 */
@NullMarked
package dev.watchkeeper.telegram;

import org.jspecify.annotations.NullMarked;
