package dev.watchkeeper.core.decision;

import java.util.Optional;

/**
 * The actions the engine puts in {@link Choice choices} and understands when they come back. One
 * place defines the token format so adapters never build actions themselves.
 */
public final class Choices {
    /** Ask for a human. */
    public static final String HUMAN = "human";

    private static final String ENTRY_PREFIX = "faq:";
    private static final String HELPFUL_PREFIX = "helpful:";
    private static final String UNHELPFUL_PREFIX = "unhelpful:";

    private Choices() {}

    /** The action that shows a knowledge-base entry. */
    public static String showEntry(String entryId) {
        return ENTRY_PREFIX + entryId;
    }

    /** The action that says an answer helped. */
    public static String helpful(String entryId) {
        return HELPFUL_PREFIX + entryId;
    }

    /** The action that says an answer did not help. */
    public static String unhelpful(String entryId) {
        return UNHELPFUL_PREFIX + entryId;
    }

    /** The entry id of a {@link #showEntry} action. */
    public static Optional<String> entryOf(String action) {
        return suffix(action, ENTRY_PREFIX);
    }

    /** The entry id of a {@link #helpful} action. */
    public static Optional<String> helpfulEntryOf(String action) {
        return suffix(action, HELPFUL_PREFIX);
    }

    /** The entry id of an {@link #unhelpful} action. */
    public static Optional<String> unhelpfulEntryOf(String action) {
        return suffix(action, UNHELPFUL_PREFIX);
    }

    private static Optional<String> suffix(String action, String prefix) {
        return action.startsWith(prefix) && action.length() > prefix.length()
                ? Optional.of(action.substring(prefix.length()))
                : Optional.empty();
    }
}
