package dev.watchkeeper.core.signin;

/**
 * The keys of the {@code console} message bundle: what {@code /console} says to staff (see {@link
 * dev.watchkeeper.core.language.TextTable} for how a constant names its key). The English bundle
 * says what fills each text's placeholders.
 */
enum ConsoleText {
    LINK,
    SENT_PRIVATELY,
    PRIVATE_REFUSED,
    NOT_STAFF,
    NOT_ENABLED,
    STORE_AWAY
}
