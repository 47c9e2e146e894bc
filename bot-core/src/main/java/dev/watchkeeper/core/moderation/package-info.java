/**
 * Moderation: what happens to messages the scam shield flags, moderators' one-click triage,
 * members' reports, and learning from moderators' verdicts.
 *
 * <p>This is the staff side of the shield: the scoring lives in {@code dev.watchkeeper.core.shield},
 * its library-backed ports in the {@code shield} module ({@code dev.watchkeeper.shield}), and the
 * wiring in {@code dev.watchkeeper.config.shield}.
 */
@NullMarked
package dev.watchkeeper.core.moderation;

import org.jspecify.annotations.NullMarked;
