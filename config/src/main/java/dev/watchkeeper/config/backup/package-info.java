/**
 * The backup file: the core's backup records as JSON lines, one record a line after a header line
 * and before an end line that counts them, readable by a person (ISO times, enum names).
 */
@NullMarked
package dev.watchkeeper.config.backup;

import org.jspecify.annotations.NullMarked;
