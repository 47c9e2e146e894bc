/** Reads knowledge-base files (Markdown with YAML front matter) into entries and problems. */
@NullMarked
package dev.watchkeeper.knowledge.loader;

import org.jspecify.annotations.NullMarked;
