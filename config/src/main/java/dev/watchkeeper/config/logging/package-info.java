/** Logging: the format of the log lines (text or structured JSON). */
@NullMarked
package dev.watchkeeper.config.logging;

import org.jspecify.annotations.NullMarked;
