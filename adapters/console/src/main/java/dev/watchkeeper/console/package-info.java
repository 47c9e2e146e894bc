/** The embedded demo's chat: the engine on stdin and stdout. */
@NullMarked
package dev.watchkeeper.console;

import org.jspecify.annotations.NullMarked;
