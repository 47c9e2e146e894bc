package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One knowledge-base entry in one language. Translations of an entry share its {@code id} and
 * differ in {@code lang}.
 *
 * @param id stable identifier, unique per language
 * @param title short title shown in lists and suggestions
 * @param lang the entry's language (IETF tag such as {@code en}, {@code ru}, {@code zh})
 * @param questions phrasings members use to ask this
 * @param tags free-form categories (e.g. {@code deposit}, {@code security})
 * @param followups ids of entries to offer after this one
 * @param aliases extra keywords or names that should find this entry
 * @param answer the answer, in Markdown
 */
public record KnowledgeEntry(
        String id,
        String title,
        String lang,
        List<String> questions,
        List<String> tags,
        List<String> followups,
        List<String> aliases,
        String answer) {
    public KnowledgeEntry {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(lang, "lang");
        requireNonNull(answer, "answer");
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
        followups = List.copyOf(followups);
        aliases = List.copyOf(aliases);
    }
}
