@NullMarked
package dev.watchkeeper.core.model;

import org.jspecify.annotations.NullMarked;
