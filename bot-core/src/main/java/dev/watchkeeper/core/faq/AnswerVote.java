package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * A member's verdict on one answer of the bot: nothing about the member, nothing of what they
 * wrote.
 *
 * @param entryId the knowledge-base entry the answer came from
 * @param helpful true for "this helped", false for "this did not help"
 * @param platform where the member voted
 * @param at when
 */
public record AnswerVote(String entryId, boolean helpful, Platform platform, Instant at) {
    public AnswerVote {
        requireNonNull(platform, "platform");
        requireNonNull(at, "at");
        if (entryId == null || entryId.isBlank()) {
            throw new IllegalArgumentException("entry id must not be blank");
        }
    }
}
