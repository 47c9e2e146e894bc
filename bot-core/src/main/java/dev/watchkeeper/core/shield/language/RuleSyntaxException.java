package dev.watchkeeper.core.shield.language;

/** A rule file that cannot be read: the message names the file and line, and what is wrong. */
public final class RuleSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    RuleSyntaxException(String where, String problem) {
        super(where + ": " + problem);
    }
}
