package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.UserRef;

/**
 * A short notice for the one person who pressed a button, that nobody else sees: why the press did
 * nothing (not support staff, not a moderator, the ticket is someone else's). An adapter answers
 * the press with it: Discord replies to the interaction ephemerally, Telegram shows it as an alert
 * on the button's callback (which holds at most {@link #MAX_LENGTH} characters: keep it short). A notice that reaches an
 * adapter after the press can no longer be answered goes to the recipient's private chat.
 *
 * @param to where the button was pressed
 * @param recipient who pressed it
 * @param text the notice, plain text (no Markdown: an alert shows it as it is)
 */
public record PrivateNotice(ReplyTarget to, UserRef recipient, String text) implements Decision {
    /** The longest text Telegram shows in a callback's alert. */
    public static final int MAX_LENGTH = 200;

    public PrivateNotice {
        requireNonNull(to, "to");
        requireNonNull(recipient, "recipient");
        requireNonNull(text, "text");
    }
}
