/** Discord events (messages, edits, slash commands, buttons, modals) mapped to the core's inbound events. */
@NullMarked
package dev.watchkeeper.discord.inbound;

import org.jspecify.annotations.NullMarked;
