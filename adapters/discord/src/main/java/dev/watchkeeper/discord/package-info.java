/**
 * The Discord adapter: connects to Discord with JDA, maps messages, slash commands, button presses
 * and modals to the core's {@link dev.watchkeeper.core.model.Inbound} events and carries the
 * core's decisions out. JDA types stay in this module.
 */
@NullMarked
package dev.watchkeeper.discord;

import org.jspecify.annotations.NullMarked;
