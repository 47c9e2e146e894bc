package dev.watchkeeper.core.faq;

/**
 * Where the answer policy draws its lines on the search's confidence.
 *
 * @param answer at or above this, answer with the best entry
 * @param suggest at or above this (and below {@code answer}), offer "Did you mean…"; below it, fall
 *     back
 * @param unaddressedGroup in group chats, a message that does not address the bot is answered only
 *     at or above this stricter value (and only when that feature is enabled)
 */
public record AnswerThresholds(double answer, double suggest, double unaddressedGroup) {
    public AnswerThresholds {
        check("answer", answer);
        check("suggest", suggest);
        check("unaddressedGroup", unaddressedGroup);
        if (suggest > answer) {
            throw new IllegalArgumentException("suggest threshold must not exceed answer threshold");
        }
        if (unaddressedGroup < answer) {
            throw new IllegalArgumentException("unaddressed-group threshold must be at least the answer threshold");
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " threshold must be in [0,1]: " + value);
        }
    }
}
