@NullMarked
package dev.watchkeeper.config.cli;

import org.jspecify.annotations.NullMarked;
