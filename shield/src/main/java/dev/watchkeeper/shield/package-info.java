/**
 * Library-backed implementations of the scam shield's ports (ICU confusable skeletons, the public
 * suffix list, phishing domain lists with background refresh, the OpenNLP text classifier) and
 * {@link dev.watchkeeper.shield.ShieldFactory}, which builds a ready shield with bundled defaults.
 *
 * <p>The shield's scoring lives in {@code dev.watchkeeper.core.shield}, its staff side (cases,
 * verdicts, the moderation desk) in {@code dev.watchkeeper.core.moderation}, and its wiring in
 * {@code dev.watchkeeper.config.shield}.
 */
@NullMarked
package dev.watchkeeper.shield;

import org.jspecify.annotations.NullMarked;
