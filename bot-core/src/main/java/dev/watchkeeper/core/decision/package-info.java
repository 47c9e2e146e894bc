@NullMarked
package dev.watchkeeper.core.decision;

import org.jspecify.annotations.NullMarked;
