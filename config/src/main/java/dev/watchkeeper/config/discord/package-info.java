/** The Discord adapter's wiring: on when {@code watchkeeper.discord.token} is set. */
@NullMarked
package dev.watchkeeper.config.discord;

import org.jspecify.annotations.NullMarked;
