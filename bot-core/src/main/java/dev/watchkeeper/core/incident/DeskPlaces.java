package dev.watchkeeper.core.incident;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import java.util.Set;

/**
 * Where incident mode talks to staff and what it does not count.
 *
 * @param staffHome the staff chat alerts and staff notices go to
 * @param staffChats every chat where staff run {@code /incident} (staff and moderators' chats);
 *     messages there are never counted as member questions
 * @param staffLanguage the language staff are told things in
 * @param memberLanguage the language a member is answered in when none is known
 * @param topicConfidence the least search confidence at which a group message the bot left alone,
 *     or an incident's title, is taken to be about a knowledge-base entry (the answer threshold:
 *     chatter must not count as a support question)
 */
public record DeskPlaces(
        ChatRef staffHome,
        Set<ChatRef> staffChats,
        String staffLanguage,
        String memberLanguage,
        double topicConfidence) {
    public DeskPlaces {
        requireNonNull(staffHome, "staffHome");
        requireNonNull(staffLanguage, "staffLanguage");
        requireNonNull(memberLanguage, "memberLanguage");
        staffChats = Set.copyOf(staffChats);
    }
}
