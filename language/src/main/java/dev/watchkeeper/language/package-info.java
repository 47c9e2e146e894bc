/**
 * The statistical {@link dev.watchkeeper.core.language.LanguageDetector}: Lingua's models for the
 * bot's six languages.
 */
@NullMarked
package dev.watchkeeper.language;

import org.jspecify.annotations.NullMarked;
