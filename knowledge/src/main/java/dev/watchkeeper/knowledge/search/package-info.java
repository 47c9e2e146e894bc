/** The index over entries and the search that groups hits by entry and scores its confidence. */
@NullMarked
package dev.watchkeeper.knowledge.search;

import org.jspecify.annotations.NullMarked;
