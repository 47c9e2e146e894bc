/**
 * The composition root: the one place that lists the bot's features (conversation, tickets,
 * moderation) and gives each the ports and settings it uses. The Spring configuration, the test
 * fixtures and the benchmarks all build the bot through {@link dev.watchkeeper.core.assembly.BotAssembly},
 * supplying their own stores, shield and settings; a command that needs one feature builds only
 * that one.
 */
@NullMarked
package dev.watchkeeper.core.assembly;

import org.jspecify.annotations.NullMarked;
