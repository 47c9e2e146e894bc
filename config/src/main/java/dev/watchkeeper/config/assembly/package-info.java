/**
 * The Spring side of the composition root: gathers the stores, settings, metrics and the scam
 * shield that the other configurations provide and builds the bot with the core's {@link
 * dev.watchkeeper.core.assembly.BotAssembly}, the same wiring the tests and benchmarks use.
 */
@NullMarked
package dev.watchkeeper.config.assembly;

import org.jspecify.annotations.NullMarked;
