/**
 * Library-backed implementations of the scam shield's ports (ICU confusable skeletons, the public
 * suffix list, phishing domain lists with background refresh, the OpenNLP text classifier) and
 * {@link dev.watchkeeper.shield.ShieldFactory}, which builds a ready shield with bundled defaults.
 */
@NullMarked
package dev.watchkeeper.shield;

import org.jspecify.annotations.NullMarked;
