package dev.watchkeeper.core.shield.language;

import dev.watchkeeper.core.shield.Signal;

/**
 * One phrase rule of a rule file: when its phrase matches (at least {@code times} times), it raises
 * a signal with a weight.
 *
 * @param where the file and line it came from, for errors and for moderators
 * @param signal the signal it raises
 * @param weight how much it weighs on its own (0 to 1)
 * @param times how many distinct matches it needs (1 for most rules; more for shapes such as a
 *     tail of stuffed cashtags)
 * @param phrase its trigger words and expression
 */
record PhraseRule(String where, Signal signal, double weight, int times, Phrase phrase) {}
