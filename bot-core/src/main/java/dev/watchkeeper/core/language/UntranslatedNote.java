package dev.watchkeeper.core.language;

import org.jspecify.annotations.Nullable;

/**
 * The line that starts an answer whose article is not in the member's language: the knowledge
 * base gives the entry in English when it has no translation, and the member is told so in their
 * own language. Pure function; thread-safe.
 */
public final class UntranslatedNote {
    private UntranslatedNote() {}

    /**
     * The note followed by a blank line, or empty when the entry is in the member's language.
     *
     * @param entryLanguage the language of the entry as returned (IETF tag)
     * @param memberLanguage the member's language; null means English
     * @param onlyInEnglish the note for an entry in English, in the member's language
     * @param notInYourLanguage the note for an entry in another language, in the member's language
     */
    public static String of(
            String entryLanguage, @Nullable String memberLanguage, String onlyInEnglish, String notInYourLanguage) {
        String member = MemberLanguage.supported(memberLanguage).orElse(MemberLanguage.ENGLISH);
        String written = MemberLanguage.supported(entryLanguage).orElse(entryLanguage);
        if (written.equals(member)) {
            return "";
        }
        return (written.equals(MemberLanguage.ENGLISH) ? onlyInEnglish : notInYourLanguage) + "\n\n";
    }
}
