package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A message's language (an IETF tag, or none): known when the message is built (as the platform
 * reports it), or decided the first time a feature asks for it. Deciding reads the member's
 * conversation and runs language detection, which most messages never need: group chatter the bot
 * leaves alone is neither answered nor counted, so nothing asks its language.
 *
 * <p>Thread-safe: the decision runs at most once, in the first thread that asks; it blocks as long
 * as the decision does (a conversation store read). Equal to another hint of the same language
 * (comparing decides both; printing decides nothing).
 */
public final class LanguageHint {
    private static final LanguageHint NONE = new LanguageHint(null, null);

    // written tag first, then decide: a reader that sees no decision pending sees the tag
    private volatile @Nullable String tag;
    private volatile @Nullable Supplier<@Nullable String> decide;

    private LanguageHint(@Nullable String tag, @Nullable Supplier<@Nullable String> decide) {
        this.tag = tag;
        this.decide = decide;
    }

    /** A language already known; none for null. */
    public static LanguageHint of(@Nullable String tag) {
        return tag == null ? NONE : new LanguageHint(tag, null);
    }

    /** A language decided by {@code decide} the first time it is asked for, then remembered. */
    public static LanguageHint decidedOnUse(Supplier<@Nullable String> decide) {
        return new LanguageHint(null, requireNonNull(decide, "decide"));
    }

    /** The language tag, deciding it first if nobody asked before; null when none is known. */
    public @Nullable String tag() {
        if (decide == null) {
            return tag;
        }
        synchronized (this) {
            Supplier<@Nullable String> pending = decide;
            if (pending != null) {
                tag = pending.get();
                decide = null;
            }
            return tag;
        }
    }

    /** Whether the language is known without deciding it (a decision that ran, or none pending). */
    public boolean isSettled() {
        return decide == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageHint hint && Objects.equals(tag(), hint.tag());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(tag());
    }

    /** The tag, or a placeholder while undecided: printing a message never decides its language. */
    @Override
    public String toString() {
        return isSettled() ? String.valueOf(tag) : "(decided on use)";
    }
}
