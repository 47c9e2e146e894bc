package dev.watchkeeper.core.shield.language;

/**
 * One rule of a rule file that recognises talk about scams rather than a scam: a warning, a
 * question whether something is a scam, a victim's report, or scammers named.
 *
 * @param where the file and line it came from
 * @param kind what it recognises
 * @param phrase its trigger words and expression
 */
record TalkRule(String where, Kind kind, Phrase phrase) {

    /** What a talk rule recognises; the rule files name them in lower case. */
    enum Kind {
        /** "never share your seed phrase", "admins will never DM you". */
        WARNING,
        /** "is this a scam?". */
        QUESTION,
        /** "I got scammed", "my wallet was drained". */
        VICTIM,
        /** "scammers will DM you": talk about scams, but naming scammers alone damps nothing. */
        SCAMMERS
    }
}
