/** Carries the core's decisions out on Discord through JDA's rate-limited REST client. */
@NullMarked
package dev.watchkeeper.discord.outbound;

import org.jspecify.annotations.NullMarked;
