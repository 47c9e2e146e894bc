package dev.watchkeeper.web.knowledge;

import java.util.List;

/**
 * One knowledge-base entry as the knowledge view lists it.
 *
 * @param id the entry id
 * @param title its English title, or its first version's when it has no English one
 * @param tags its tags
 * @param languages the languages it is written in, in the order of the supported languages
 *     (others after them)
 * @param missing the supported languages it has no translation in
 * @param helpful "this helped" votes on it
 * @param unhelpful "this did not help" votes on it
 */
public record EntryRow(
        String id,
        String title,
        List<String> tags,
        List<String> languages,
        List<String> missing,
        long helpful,
        long unhelpful) {
    public EntryRow {
        tags = List.copyOf(tags);
        languages = List.copyOf(languages);
        missing = List.copyOf(missing);
    }

    /** True when it has a version in every supported language. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
