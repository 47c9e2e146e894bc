package dev.watchkeeper.knowledge.search;

/** Index field names. Word fields carry the analysis key as suffix, e.g. {@code p.en}. */
final class Fields {
    /** One question phrasing, title or alias per document: words. */
    static final String PHRASE = "p.";
    /** The same, as word pairs. */
    static final String PHRASE_PAIRS = "ps.";
    /** One document per entry version: title, phrasings and aliases together. */
    static final String ENTRY = "e.";
    /** The entry's answer, on the entry document. */
    static final String ANSWER = "a.";
    /** Surface words of every phrasing, for typo correction. */
    static final String SURFACE = "w.";
    /** The entry version's language tag. */
    static final String LANG = "lang";

    private Fields() {}
}
