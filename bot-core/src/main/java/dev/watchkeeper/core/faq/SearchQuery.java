package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A knowledge-base search.
 *
 * @param text what the member wrote; implementations cut over-long text rather than reject it
 * @param language preferred language of the entries (IETF tag), or null for any
 * @param limit the most entries to return, at least 1
 */
public record SearchQuery(String text, @Nullable String language, int limit) {
    public SearchQuery {
        requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
