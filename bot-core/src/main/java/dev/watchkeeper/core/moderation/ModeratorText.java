package dev.watchkeeper.core.moderation;

/**
 * The keys of the {@code moderators} message bundle: what the moderation desk says to moderators
 * (see {@link dev.watchkeeper.core.language.TextTable} for how a constant names its key). The
 * English bundle says what fills each text's placeholders.
 */
enum ModeratorText {
    STORE_AWAY_NOT_DONE,
    CARD_HEADER,
    CARD_URGENT,
    CARD_WHERE,
    CARD_WHERE_MESSAGE,
    CARD_AUTHOR,
    CARD_REPORTER,
    CARD_REPORTER_SAYS,
    CARD_REASONS,
    CARD_TEXT,
    CARD_DONE,
    UNKNOWN_AUTHOR,
    JOINED_AS,
    DONE_REPORTED,
    DONE_JOINED,
    CHOICE_DELETE,
    CHOICE_BAN,
    CHOICE_MUTE,
    CHOICE_WARN,
    CHOICE_CONFIRM,
    CHOICE_DISMISS,
    REPORTED_AGAIN,
    NO_CASE,
    NOBODY_TO_ACT_ON,
    ALREADY_RESOLVED,
    SOMEONE,
    CONFIRMED,
    LEARNED_SCAM,
    LEARNED_NOTHING,
    DISMISSED,
    DISMISSED_LEARNED,
    RESTORED,
    MESSAGE_STAYS,
    DOMAIN_USAGE,
    DOMAIN_ALLOWED,
    DOMAIN_DENIED,
    DOMAIN_DENY_BLOCKED,
    DOMAIN_UNLISTED,
    DOMAIN_NOT_LISTED,
    NO_OPEN_CASES,
    OPEN_CASES,
    CHOICE_SHOW
}
