package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member of the generated community.
 *
 * @param user the member's account
 * @param community the group chat the member talks in
 * @param language the language the member writes in
 * @param languageHint the language the platform reports for the member, if any
 * @param privateChat the member's private chat with the bot
 * @param activity how much the member talks, relative to others (a few talk a lot)
 */
record Member(
        UserRef user,
        Community community,
        String language,
        @Nullable String languageHint,
        ChatRef privateChat,
        double activity) {

    /** A message of this member's, in their language. */
    CommunityEvent writes(Instant time, Where where, String text, String topic, CommunityEvent.Kind kind) {
        return new CommunityEvent(
                time, where.chat(), user, languageHint, text, where.addressed(), language, topic, kind);
    }
}
