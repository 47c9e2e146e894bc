package dev.watchkeeper.core.moderation;

import java.util.Map;

/**
 * The one-click actions a case offers ({@code delete}, {@code ban}, {@code mute}, {@code warn},
 * {@code confirm}, {@code dismiss}) and the choice tokens that carry them, for a surface other
 * than the chat card (the staff web console) that presses the same buttons: a press goes through
 * {@link ModerationDesk#choice} and its role checks like a press in the moderators' chat.
 */
public final class CaseButtons {
    private CaseButtons() {}

    /** The actions offered on this case, by name, each with its choice token; in card order. */
    public static Map<String, String> offered(ModerationCase c) {
        return ModerationChoices.tokensFor(c);
    }
}
