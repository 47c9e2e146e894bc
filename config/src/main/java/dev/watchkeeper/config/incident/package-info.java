/**
 * Wiring of incident mode ({@code dev.watchkeeper.core.incident}): the {@code watchkeeper.incidents.*}
 * properties and the Prometheus figures.
 */
@NullMarked
package dev.watchkeeper.config.incident;

import org.jspecify.annotations.NullMarked;
