package dev.watchkeeper.core.shield.language;

/**
 * Recognises messages that talk about scams without being one, with the bundled rules: warnings
 * ("admins will never DM you, never share your seed phrase"), questions ("is this a scam?", "это
 * развод?") and victim reports. Such messages use the very words scams use, so the shield damps
 * language signals for them. Stateless and thread-safe.
 */
public final class WarningPhrases {
    private WarningPhrases() {}

    /** Where the text talks about scams, by the bundled rules (see {@link PhraseBook#scamTalk}). */
    public static ScamTalk scamTalk(String folded) {
        return PhraseBook.bundled().scamTalk(folded);
    }
}
