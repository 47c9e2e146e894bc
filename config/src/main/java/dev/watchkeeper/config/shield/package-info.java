/**
 * Wiring of the scam shield: the {@code watchkeeper.scam.*} properties, the detection from {@code
 * dev.watchkeeper.core.shield} backed by the {@code shield} module ({@code dev.watchkeeper.shield}),
 * and its staff side in {@code dev.watchkeeper.core.moderation}.
 */
@NullMarked
package dev.watchkeeper.config.shield;

import org.jspecify.annotations.NullMarked;
