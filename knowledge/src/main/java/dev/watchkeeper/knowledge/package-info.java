/**
 * The Lucene knowledge base: Markdown entries with YAML front matter, support-chat analysis, an
 * in-memory index searched per entry with a calibrated confidence, and hot reload of a folder.
 * Start at {@link dev.watchkeeper.knowledge.LuceneKnowledgeBase}.
 */
@NullMarked
package dev.watchkeeper.knowledge;

import org.jspecify.annotations.NullMarked;
