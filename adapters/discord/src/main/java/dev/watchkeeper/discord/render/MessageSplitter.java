package dev.watchkeeper.discord.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long text into messages Discord accepts (at most 2000 characters each): at paragraph
 * breaks where possible, then at line breaks, then between words, and only as a last resort inside
 * a word (never inside a surrogate pair). A code block cut in two is closed at the end of one
 * message and reopened, with its language, at the start of the next. Stateless and thread-safe.
 */
public final class MessageSplitter {
    /** Discord's limit on a message's content, in UTF-16 characters. */
    public static final int DISCORD_LIMIT = 2000;

    private static final String FENCE = "```";

    private final int limit;

    /** A splitter for Discord's limit. */
    public MessageSplitter() {
        this(DISCORD_LIMIT);
    }

    /** A splitter for a smaller limit (tests); at least 40 characters. */
    public MessageSplitter(int limit) {
        if (limit < 40) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        this.limit = limit;
    }

    /** The parts, in order, each at most the limit long; a blank text gives no parts. */
    public List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        String reopen = "";
        while (!rest.isEmpty()) {
            rest = reopen + rest;
            if (rest.length() <= limit) {
                parts.add(rest);
                break;
            }
            int budget = limit - FENCE.length() - 1;
            int cut = cutPoint(rest, budget);
            String part = rest.substring(0, cut).stripTrailing();
            String openFence = openFence(part);
            if (openFence != null) {
                part = part + "\n" + FENCE;
                reopen = openFence + "\n";
            } else {
                reopen = "";
            }
            parts.add(part);
            rest = rest.substring(cut).strip();
        }
        return parts;
    }

    private static int cutPoint(String text, int budget) {
        int min = budget / 2;
        for (String separator : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(separator, budget - separator.length());
            if (at >= min) {
                return at + separator.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(budget)) ? budget - 1 : budget;
    }

    /** The opening line of a code block left open at the end of this part, if any. */
    private static String openFence(String part) {
        String open = null;
        for (String line : part.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith(FENCE)) {
                open = open == null ? stripped : null;
            }
        }
        return open;
    }
}
