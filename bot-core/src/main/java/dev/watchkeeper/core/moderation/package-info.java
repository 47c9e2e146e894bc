/**
 * Moderation: what happens to messages the scam shield flags, moderators' one-click triage,
 * members' reports, and learning from moderators' verdicts.
 */
@NullMarked
package dev.watchkeeper.core.moderation;

import org.jspecify.annotations.NullMarked;
