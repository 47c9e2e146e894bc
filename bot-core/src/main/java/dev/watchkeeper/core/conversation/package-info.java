@NullMarked
package dev.watchkeeper.core.conversation;

import org.jspecify.annotations.NullMarked;
