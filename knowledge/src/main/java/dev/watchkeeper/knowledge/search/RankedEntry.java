package dev.watchkeeper.knowledge.search;

import dev.watchkeeper.core.faq.KnowledgeEntry;

/**
 * An entry found for a query.
 *
 * @param entry the entry version that matched best
 * @param confidence calibrated probability that this is the right answer, in [0,1]
 * @param features what the confidence was computed from
 */
public record RankedEntry(KnowledgeEntry entry, double confidence, MatchFeatures features) {}
