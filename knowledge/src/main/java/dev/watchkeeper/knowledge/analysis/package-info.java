/** Text analysis per language: support-chat English with synonyms, and fallbacks for other scripts. */
@NullMarked
package dev.watchkeeper.knowledge.analysis;

import org.jspecify.annotations.NullMarked;
