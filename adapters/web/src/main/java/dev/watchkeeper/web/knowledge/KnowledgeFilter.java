package dev.watchkeeper.web.knowledge;

import dev.watchkeeper.core.language.MemberLanguage;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the knowledge view shows: the entries lacking a translation in one language, those whose
 * title contains some words, or both.
 *
 * @param missing a supported language the entries must lack, or null for any
 * @param title words the title of one of the entry's versions must contain (ignoring case), blank
 *     for any
 */
public record KnowledgeFilter(@Nullable String missing, String title) {
    /** Every entry. */
    public static final KnowledgeFilter ALL = new KnowledgeFilter(null, "");

    public KnowledgeFilter {
        title = title == null ? "" : title.strip();
        if (missing != null && missing.isBlank()) {
            missing = null;
        }
        if (missing != null && !MemberLanguage.SUPPORTED.contains(missing)) {
            throw new IllegalArgumentException(
                    "missing must be one of " + MemberLanguage.SUPPORTED + ", not " + missing.strip());
        }
    }

    /** The title words in lower case, for matching. */
    String titleWords() {
        return title.toLowerCase(Locale.ROOT);
    }
}
