@NullMarked
package dev.watchkeeper.config.bot;

import org.jspecify.annotations.NullMarked;
