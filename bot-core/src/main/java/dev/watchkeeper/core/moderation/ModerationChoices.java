package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.model.CaseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The moderators' one-click actions on a case, and the tokens that carry them. */
final class ModerationChoices {
    private static final String PREFIX = "mod:";
    private static final String SHOW = PREFIX + "show:";

    /** What a moderator can do with a case. */
    enum Action {
        DELETE(ModeratorText.CHOICE_DELETE),
        BAN(ModeratorText.CHOICE_BAN),
        MUTE(ModeratorText.CHOICE_MUTE),
        WARN(ModeratorText.CHOICE_WARN),
        /** Confirms a report whose author is unknown: nobody to act on, nothing to learn. */
        CONFIRM(ModeratorText.CHOICE_CONFIRM),
        DISMISS(ModeratorText.CHOICE_DISMISS);

        /** The button's text. */
        final ModeratorText choice;

        Action(ModeratorText choice) {
            this.choice = choice;
        }

        String token() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** True for the actions taken against the author of the case's message. */
        boolean actsOnAuthor() {
            return this == BAN || this == MUTE || this == WARN;
        }
    }

    /** A moderator's pressed action on a case. */
    record Pressed(Action action, CaseId caseId) {}

    private ModerationChoices() {}

    /** The choices offered on a case card, labelled in the language of {@code texts}. */
    static List<Choice> forCase(ModerationCase c, ModeratorTexts texts) {
        List<Choice> choices = new ArrayList<>();
        for (Action action : Action.values()) {
            if (!offered(action, c)) {
                continue;
            }
            choices.add(new Choice(texts.say(action.choice), PREFIX + action.token() + ":" + c.id().value()));
        }
        return choices;
    }

    /** The tokens of the actions {@link #forCase} offers on a case, by action name. */
    static java.util.Map<String, String> tokensFor(ModerationCase c) {
        java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
        for (Action action : Action.values()) {
            if (offered(action, c)) {
                tokens.put(action.token(), PREFIX + action.token() + ":" + c.id().value());
            }
        }
        return tokens;
    }

    private static boolean offered(Action action, ModerationCase c) {
        return !(action == Action.DELETE && (c.hidden() || c.message() == null)
                || action.actsOnAuthor() && c.author() == null
                || action == Action.CONFIRM && c.author() != null);
    }

    /** The action that posts a case's card again, with its buttons (offered by {@code /cases}). */
    static Choice show(CaseId id, ModeratorTexts texts) {
        return new Choice(texts.say(ModeratorText.CHOICE_SHOW, id), SHOW + id.value());
    }

    /** The case a {@link #show} action names, if the token is one. */
    static Optional<CaseId> shown(String token) {
        return token.startsWith(SHOW) ? CaseId.parse(token.substring(SHOW.length())) : Optional.empty();
    }

    /** Reads a pressed moderation action, if the token is one. */
    static Optional<Pressed> parse(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        for (Action action : Action.values()) {
            if (action.token().equals(parts[0])) {
                return CaseId.parse(parts[1]).map(id -> new Pressed(action, id));
            }
        }
        return Optional.empty();
    }
}
