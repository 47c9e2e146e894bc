/**
 * An incident's own phrasings: the words members used in its spike (and those staff add), and how
 * alike a new question is to them, by character n-grams so that it works in any script and
 * survives typos, transliteration and missing accents.
 */
@NullMarked
package dev.watchkeeper.core.incident.phrasing;

import org.jspecify.annotations.NullMarked;
