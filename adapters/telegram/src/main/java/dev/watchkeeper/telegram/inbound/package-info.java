/** Mapping Bot API updates to the core's inbound events: messages, edits, button presses, roles, dedupe. */
@NullMarked
package dev.watchkeeper.telegram.inbound;

import org.jspecify.annotations.NullMarked;
