/** The whole bot as adapters see it: one entry point that runs every feature in order. */
@NullMarked
package dev.watchkeeper.core.bot;

import org.jspecify.annotations.NullMarked;
