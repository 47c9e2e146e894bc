package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A knowledge-base search.
 *
 * @param text what the member wrote; implementations cut over-long text rather than reject it
 * @param language preferred language of the entries (IETF tag), or null for any
 * @param limit the most entries to return, at least 1
 * @param byMeaning whether a knowledge base that can search by meaning as well as by words should:
 *     it costs more, so chatter nobody asked the bot is searched by words alone
 */
public record SearchQuery(String text, @Nullable String language, int limit, boolean byMeaning) {
    /** A full search of a question asked of the bot. */
    public SearchQuery(String text, @Nullable String language, int limit) {
        this(text, language, limit, true);
    }

    /** A search by words alone, for a group message that does not address the bot. */
    public static SearchQuery byWords(String text, @Nullable String language, int limit) {
        return new SearchQuery(text, language, limit, false);
    }

    public SearchQuery {
        requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
