package dev.watchkeeper.config.store;

/** How much the question log keeps, in either store: what the dashboard's longest range needs and more. */
final class QuestionLogSize {
    /** The latest questions the bot could not answer that are kept. */
    static final int MISSED_KEPT = 500;

    /** The days whose counts are kept: longer than any range the dashboard shows. */
    static final int DAYS_KEPT = 400;

    private QuestionLogSize() {}
}
