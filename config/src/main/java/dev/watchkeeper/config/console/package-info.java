@NullMarked
package dev.watchkeeper.config.console;

import org.jspecify.annotations.NullMarked;
