/**
 * Scam waves: a burst of near-duplicate scam messages, or one new drainer domain, showing up
 * across chats within minutes. {@link dev.watchkeeper.core.moderation.wave.ScamWaves} watches
 * what the shield flags and tells the moderation desk when a wave starts, so that moderators are
 * alerted once and new members are judged more strictly for a while. The state is in memory, per
 * instance.
 */
@NullMarked
package dev.watchkeeper.core.moderation.wave;

import org.jspecify.annotations.NullMarked;
