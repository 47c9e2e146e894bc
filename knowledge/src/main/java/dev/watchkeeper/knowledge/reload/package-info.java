/** Watches a knowledge-base folder and reloads it after edits. */
@NullMarked
package dev.watchkeeper.knowledge.reload;

import org.jspecify.annotations.NullMarked;
