package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question the bot found nothing close to in the knowledge base, kept so that staff can write
 * the entry it lacked. Nothing about the member who asked.
 *
 * @param text the question with every secret already redacted
 * @param language the language it was asked in (IETF tag), if known
 * @param platform where it was asked
 * @param at when
 */
public record MissedQuestion(String text, @Nullable String language, Platform platform, Instant at) {
    public MissedQuestion {
        requireNonNull(text, "text");
        requireNonNull(platform, "platform");
        requireNonNull(at, "at");
    }
}
