package dev.watchkeeper.telegram.render;

import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Converts the knowledge base's Markdown to the subset of HTML Telegram accepts ({@code b}, {@code
 * i}, {@code code}, {@code pre}, {@code a}, {@code blockquote}); everything else becomes escaped
 * text. Lists become bullet or numbered lines, headings bold lines. Only {@code http}, {@code https},
 * {@code tg} and {@code mailto} links become links. The members a decision names are shown as
 * Telegram mentions ({@link #mention}). Stateless and thread-safe.
 */
public final class TelegramHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "tg", "mailto");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d+");

    private TelegramHtml() {}

    /** The Markdown as Telegram HTML, without leading or trailing blank lines. */
    public static String fromMarkdown(String markdown) {
        HtmlWriter writer = new HtmlWriter();
        PARSER.parse(markdown).accept(writer);
        return writer.out.toString().strip();
    }

    /**
     * The Markdown as Telegram HTML with each {@link Mentions#placeholder(int) placeholder} replaced
     * by the {@link #mention} of the member it names.
     */
    public static String fromMarkdown(String markdown, List<UserRef> mentions) {
        return Mentions.render(fromMarkdown(markdown), mentions, TelegramHtml::mention);
    }

    /**
     * A member as Telegram shows a mention: their {@code @handle}; without one, a {@code tg://user}
     * link to their account named by their display name (a text mention, which notifies them as
     * well); a member of another platform by their name.
     */
    public static String mention(UserRef member) {
        if (member.username() != null && !member.username().isBlank()) {
            return "@" + escape(member.username());
        }
        String name = member.shownName().isBlank() ? "member" : member.shownName();
        if (member.platform() == Platform.TELEGRAM
                && ACCOUNT_ID.matcher(member.id()).matches()) {
            return "<a href=\"tg://user?id=" + member.id() + "\">" + escape(name) + "</a>";
        }
        return escape(name);
    }

    /** Escapes text for Telegram HTML: {@code &}, {@code <}, {@code >} and {@code "}. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean linkable(String destination) {
        int colon = destination.indexOf(':');
        return colon > 0
                && LINK_SCHEMES.contains(destination.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    private static final class HtmlWriter extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();
        private int listDepth;

        private void blockEnd(Node node) {
            if (node.getNext() != null) {
                out.append(listDepth > 0 && node.getParent() instanceof ListItem ? "\n" : "\n\n");
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            blockEnd(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            out.append("<b>");
            visitChildren(heading);
            out.append("</b>");
            blockEnd(heading);
        }

        @Override
        public void visit(BlockQuote quote) {
            out.append("<blockquote>");
            int start = out.length();
            visitChildren(quote);
            trimTrailingNewlines(start);
            out.append("</blockquote>");
            blockEnd(quote);
        }

        @Override
        public void visit(BulletList list) {
            listItems(list, -1);
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            listItems(list, start == null ? 1 : start);
        }

        private void listItems(Node list, int firstNumber) {
            int number = firstNumber;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                out.append("  ".repeat(listDepth));
                out.append(firstNumber < 0 ? "• " : (number++) + ". ");
                listDepth++;
                visitChildren(item);
                listDepth--;
                if (item.getNext() != null && !endsWithNewline()) {
                    out.append('\n');
                }
            }
            if (listDepth > 0) {
                if (list.getNext() != null) {
                    out.append('\n');
                }
            } else {
                blockEnd(list);
            }
        }

        private boolean endsWithNewline() {
            return !out.isEmpty() && out.charAt(out.length() - 1) == '\n';
        }

        private void trimTrailingNewlines(int floor) {
            while (out.length() > floor && endsWithNewline()) {
                out.setLength(out.length() - 1);
            }
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral(), code);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral(), code);
        }

        private void codeBlock(String literal, Node node) {
            out.append("<pre>").append(escape(literal.stripTrailing())).append("</pre>");
            blockEnd(node);
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append(escape(html.getLiteral().stripTrailing()));
            blockEnd(html);
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            out.append("——————");
            blockEnd(thematicBreak);
        }

        @Override
        public void visit(Text text) {
            out.append(escape(text.getLiteral()));
        }

        @Override
        public void visit(Code code) {
            out.append("<code>").append(escape(code.getLiteral())).append("</code>");
        }

        @Override
        public void visit(Emphasis emphasis) {
            out.append("<i>");
            visitChildren(emphasis);
            out.append("</i>");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            out.append("<b>");
            visitChildren(strong);
            out.append("</b>");
        }

        @Override
        public void visit(Link link) {
            if (linkable(link.getDestination())) {
                out.append("<a href=\"").append(escape(link.getDestination())).append("\">");
                visitChildren(link);
                out.append("</a>");
            } else {
                visitChildren(link);
            }
        }

        @Override
        public void visit(Image image) {
            if (linkable(image.getDestination())) {
                out.append("<a href=\"").append(escape(image.getDestination())).append("\">");
                visitChildren(image);
                out.append("</a>");
            } else {
                visitChildren(image);
            }
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(escape(html.getLiteral()));
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append('\n');
        }
    }
}
