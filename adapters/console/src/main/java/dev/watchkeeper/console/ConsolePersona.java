package dev.watchkeeper.console;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;

/**
 * Who the person at the console is speaking as, and where.
 *
 * @param name the switch command's name ({@code member}, {@code group}, {@code agent})
 * @param user the account the messages come from
 * @param chat the chat they are posted in
 * @param prompt the prompt shown before input
 */
public record ConsolePersona(String name, UserRef user, ChatRef chat, String prompt) {
    /** The member's account on the console platform. */
    public static final UserRef MEMBER = new UserRef(Platform.CONSOLE, "member", "you", "You", false);

    /** The support agent's account on the console platform. */
    public static final UserRef AGENT = new UserRef(Platform.CONSOLE, "agent", "agent", "Agent Alex", false);

    /** The community moderator's account on the console platform. */
    public static final UserRef MODERATOR = new UserRef(Platform.CONSOLE, "moderator", "mod", "Moderator Mia", false);

    /** The bot's own account on the console platform. */
    public static final UserRef BOT = new UserRef(Platform.CONSOLE, "watchkeeper", "watchkeeper", "Watchkeeper", true);

    /** The moderators' chat where flagged messages go. */
    public static final ChatRef MODERATOR_CHAT = new ChatRef(Platform.CONSOLE, "moderators", ChatType.GROUP);

    /** The staff chat where ticket spaces open. */
    public static final ChatRef STAFF_CHAT = new ChatRef(Platform.CONSOLE, "staff", ChatType.GROUP);

    /** The member in a private chat with the bot. */
    public static ConsolePersona member() {
        return new ConsolePersona("member", MEMBER, new ChatRef(Platform.CONSOLE, "member", ChatType.PRIVATE), "you> ");
    }

    /** The member in the public community group. */
    public static ConsolePersona group() {
        return new ConsolePersona(
                "group", MEMBER, new ChatRef(Platform.CONSOLE, "community", ChatType.GROUP), "you@group> ");
    }

    /** The moderator in the moderators' chat. */
    public static ConsolePersona moderator() {
        return new ConsolePersona("mod", MODERATOR, MODERATOR_CHAT, "mod> ");
    }

    /** The support agent in the staff chat. */
    public static ConsolePersona agent() {
        return new ConsolePersona("agent", AGENT, STAFF_CHAT, "agent> ");
    }
}
