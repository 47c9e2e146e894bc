package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;

/**
 * One community's group chat: a Telegram group or a Discord channel where members of one language
 * talk.
 *
 * @param id a short name ({@code tg-ru})
 * @param platform where the chat is
 * @param chatId the platform's chat id
 * @param language the language the chat speaks
 * @param utcOffsetHours the offset of most of its members' local time from UTC
 * @param share its part of the whole day's traffic (the shares of all communities sum to 1)
 */
record Community(String id, Platform platform, String chatId, String language, int utcOffsetHours, double share) {
    Community {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("community " + id + ": share must be in (0, 1], was " + share);
        }
        if (utcOffsetHours < -12 || utcOffsetHours > 14) {
            throw new IllegalArgumentException(
                    "community " + id + ": UTC offset must be -12..14 hours, was " + utcOffsetHours);
        }
    }

    ChatRef chat() {
        return new ChatRef(platform, chatId, ChatType.GROUP);
    }
}
