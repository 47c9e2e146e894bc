package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.model.TicketId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An action the ticket page offers, and the staff command it is in chat: the page's forms post
 * to {@code /console/inbox/{id}/{action}} and the console runs the command line this builds.
 */
public enum TicketAction {
    CLAIM(false),
    RELEASE(false),
    /** Argument: the agent's handle or account id. */
    TRANSFER(true),
    /** Argument: the text relayed to the member. */
    REPLY(true),
    /** Argument: the note, never shown to the member. */
    NOTE(true),
    /** Argument: the knowledge-base entry's id. */
    KB(true),
    /** Argument: the resolution note (optional). */
    CLOSE(false);

    private static final Pattern ONE_WORD = Pattern.compile("\\S+");

    private final boolean needsArgument;

    TicketAction(boolean needsArgument) {
        this.needsArgument = needsArgument;
    }

    /** The action of a path segment ({@code claim}, {@code reply} …), if there is one. */
    public static Optional<TicketAction> of(String segment) {
        for (TicketAction action : values()) {
            if (action.segment().equals(segment)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** The path segment and command name. */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The command line of this action on the ticket, such as {@code /reply WK-1042 text}.
     *
     * @throws IllegalArgumentException with a one-line message when the argument is missing or,
     *     for a handle or an entry id, is more than one word
     */
    public String commandLine(TicketId ticket, String argument) {
        String given = argument.strip();
        if (needsArgument && given.isEmpty()) {
            throw new IllegalArgumentException(
                    switch (this) {
                        case TRANSFER -> "Name the agent to transfer the ticket to.";
                        case REPLY -> "Write the reply first.";
                        case NOTE -> "Write the note first.";
                        default -> "Choose a knowledge-base entry.";
                    });
        }
        if ((this == TRANSFER || this == KB) && !ONE_WORD.matcher(given).matches()) {
            throw new IllegalArgumentException(
                    this == TRANSFER ? "An agent's handle is one word, such as @alex." : "An entry id is one word.");
        }
        String line = "/" + segment() + " " + ticket.value();
        return given.isEmpty() || (this == CLAIM || this == RELEASE) ? line : line + " " + given;
    }
}
