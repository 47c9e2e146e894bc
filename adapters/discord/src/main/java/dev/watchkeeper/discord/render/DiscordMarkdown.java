package dev.watchkeeper.discord.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the knowledge base's Markdown (and the core's texts) into what Discord renders, and takes
 * the teeth out of mention syntax so that no text, whoever wrote it, can ping anyone.
 *
 * <p>Discord renders bold, italics, lists, quotes, code, masked links and headings of levels 1 to 3.
 * Deeper headings become bold lines, images become links, and horizontal rules (not rendered)
 * are dropped. Fenced code is left untouched, apart from mention syntax. Stateless and thread-safe.
 */
public final class DiscordMarkdown {
    private static final String ZERO_WIDTH_SPACE = "\u200B";
    private static final Pattern DEEP_HEADING = Pattern.compile("^#{4,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern EVERYONE_OR_HERE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION_TAG = Pattern.compile("<(@[!&]?|#)(\\d+)>");

    private DiscordMarkdown() {}

    /** The Markdown as Discord should show it, with every mention defused. */
    public static String render(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        boolean inFence = false;
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence) {
                line = outsideCode(line);
            }
            if (line != null) {
                out.append(defuseMentions(line));
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * The text with {@code @everyone}, {@code @here} and user, role and channel mention tags broken
     * by a zero-width space: they read the same but Discord parses no mention from them. The
     * messages' allowed mentions forbid pings as well; this keeps a relayed text from even looking
     * like one.
     */
    public static String defuseMentions(String text) {
        String defused = EVERYONE_OR_HERE.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
        return MENTION_TAG
                .matcher(defused)
                .replaceAll(m -> Matcher.quoteReplacement("<" + m.group(1) + ZERO_WIDTH_SPACE + m.group(2) + ">"));
    }

    private static String outsideCode(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        Matcher heading = DEEP_HEADING.matcher(line);
        if (heading.matches()) {
            return "**" + heading.group(1) + "**";
        }
        return IMAGE.matcher(line)
                .replaceAll(m -> Matcher.quoteReplacement(
                        "[" + (m.group(1).isBlank() ? "image" : m.group(1)) + "](" + m.group(2) + ")"));
    }
}
