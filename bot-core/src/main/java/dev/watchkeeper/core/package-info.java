/**
 * Watchkeeper's engine: plain Java with no framework or platform types. Packages by feature;
 * each feature owns its ports, and adapters outside this module implement them.
 */
@NullMarked
package dev.watchkeeper.core;

import org.jspecify.annotations.NullMarked;
