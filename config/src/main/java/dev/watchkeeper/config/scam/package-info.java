@NullMarked
package dev.watchkeeper.config.scam;

import org.jspecify.annotations.NullMarked;
