package dev.watchkeeper.core.decision;

import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message's text names people without any platform's syntax. The core writes {@link
 * #placeholder(int) a placeholder} where a member's name goes and lists the members in the
 * decision ({@link Reply#mentions()}); each adapter puts in the name the way its platform shows a
 * person (a text mention on Telegram, a user mention on Discord, the plain name on the console).
 * A relayed text cannot forge a mention: only the decision's own list is rendered. Stateless and
 * thread-safe.
 */
public final class Mentions {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{mention:(\\d+)}}");

    private Mentions() {}

    /** Where the {@code index}-th member of the decision's mentions is named, counting from 0. */
    public static String placeholder(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a mention index is 0 or more: " + index);
        }
        return "{{mention:" + index + "}}";
    }

    /**
     * The text with each placeholder replaced by {@code name} of the member it points to; a text
     * with no mentions is returned as it is, placeholder-like words included (a member may type
     * one). The names are inserted as they are: the caller escapes them for its format.
     */
    public static String render(String text, List<UserRef> mentions, Function<UserRef, String> name) {
        if (mentions.isEmpty()) {
            return text;
        }
        return PLACEHOLDER
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(name.apply(mentions.get(index(m, mentions.size())))));
    }

    /** Checks that every placeholder of the text points to one of {@code count} mentions. */
    static void check(String text, int count) {
        if (count == 0) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            index(m, count);
        }
    }

    private static int index(MatchResult m, int count) {
        int index;
        try {
            index = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            index = Integer.MAX_VALUE;
        }
        if (index >= count) {
            throw new IllegalArgumentException(
                    "the text names mention " + m.group(1) + " but the decision lists " + count + " member(s)");
        }
        return index;
    }
}
