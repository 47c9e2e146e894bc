package dev.watchkeeper.core.signin;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code /console} is taken, and the language it is answered in there: the staff chats (in
 * the ticket desk's staff language), the moderators' chats (in moderation's), and any private chat
 * with the bot (in the ticket desk's staff language). Elsewhere the command is not the console's.
 * Immutable and thread-safe.
 *
 * @param staffChats the ticket desk's staff chats
 * @param staffLanguage the ticket desk's staff language
 * @param moderatorChats the moderators' chats
 * @param moderatorLanguage moderation's staff language
 */
public record ConsolePlaces(
        Set<ChatRef> staffChats, String staffLanguage, Set<ChatRef> moderatorChats, String moderatorLanguage) {
    public ConsolePlaces {
        staffChats = Set.copyOf(staffChats);
        moderatorChats = Set.copyOf(moderatorChats);
        requireNonNull(staffLanguage, "staffLanguage");
        requireNonNull(moderatorLanguage, "moderatorLanguage");
        if (!MemberLanguage.SUPPORTED.contains(staffLanguage)
                || !MemberLanguage.SUPPORTED.contains(moderatorLanguage)) {
            throw new IllegalArgumentException("not a supported staff language: " + staffLanguage + ", "
                    + moderatorLanguage + " (one of " + MemberLanguage.SUPPORTED + ")");
        }
    }

    /** The language {@code /console} is answered in, in this chat; empty where it is not taken. */
    public Optional<String> languageIn(ChatRef chat) {
        if (moderatorChats.contains(chat)) {
            return Optional.of(moderatorLanguage);
        }
        if (chat.isPrivate() || staffChats.contains(chat)) {
            return Optional.of(staffLanguage);
        }
        return Optional.empty();
    }
}
