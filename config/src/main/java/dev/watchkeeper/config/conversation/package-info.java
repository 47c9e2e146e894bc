@NullMarked
package dev.watchkeeper.config.conversation;

import org.jspecify.annotations.NullMarked;
