package dev.watchkeeper.core.language;

import java.util.Optional;

/**
 * The port that tells which of the bot's {@link MemberLanguage#SUPPORTED languages} a message is
 * written in.
 *
 * <p>An implementation answers only when the text says so clearly: a word or two that several
 * languages share ("ok", "thx", "2FA?"), emoji, numbers, addresses and transaction hashes give
 * empty, so that they do not change the language a member is answered in. Implementations are
 * thread-safe and use the CPU and memory only: no network, no disk after construction; a call on
 * a chat message takes well under a millisecond or so.
 */
public interface LanguageDetector {
    /**
     * The language of the text, as an ISO 639-1 code among {@link MemberLanguage#SUPPORTED};
     * empty when the text is too short or too ambiguous to tell. Never throws on odd text.
     */
    Optional<String> detect(String text);
}
