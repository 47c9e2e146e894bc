package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

/**
 * One knowledge-base entry found for a query.
 *
 * @param entryId the entry's id
 * @param title the entry's title
 * @param lang the language of the entry version that matched
 * @param confidence in [0,1]; the same value means the same certainty whatever the query, so one
 *     threshold works for all queries
 */
public record SearchHit(String entryId, String title, String lang, double confidence) {
    public SearchHit {
        requireNonNull(entryId, "entryId");
        requireNonNull(title, "title");
        requireNonNull(lang, "lang");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }
}
