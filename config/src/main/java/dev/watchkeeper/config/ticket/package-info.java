@NullMarked
package dev.watchkeeper.config.ticket;

import org.jspecify.annotations.NullMarked;
