package dev.watchkeeper.telegram.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Splits Telegram HTML into messages of at most a given length. Cuts at a blank line where one
 * fits, else at a line break, else at a space, else anywhere outside a tag or entity; tags open
 * at a cut are closed at the end of one part and reopened at the start of the next, so every part
 * is valid HTML. Lengths count the HTML itself, which is never shorter than the text Telegram
 * counts. Stateless and thread-safe.
 */
public final class MessageSplitter {
    /** Telegram's limit on a message's text. */
    public static final int TELEGRAM_LIMIT = 4096;

    private MessageSplitter() {}

    /** Splits for Telegram's limit. */
    public static List<String> split(String html) {
        return split(html, TELEGRAM_LIMIT);
    }

    /** The parts, each at most {@code limit} characters; one part when the HTML fits. */
    public static List<String> split(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> atoms = atoms(html);
        List<String> parts = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, opening tag}
        int i = 0;
        while (i < atoms.size()) {
            StringBuilder part = new StringBuilder();
            for (Iterator<String[]> it = open.descendingIterator(); it.hasNext(); ) {
                part.append(it.next()[1]);
            }
            Deque<String[]> stack = new ArrayDeque<>(open);
            int breakAtom = -1;
            int breakLength = 0;
            int breakRank = 0;
            Deque<String[]> breakStack = null;
            int j = i;
            for (; j < atoms.size(); j++) {
                String atom = atoms.get(j);
                Deque<String[]> after = new ArrayDeque<>(stack);
                apply(after, atom);
                if (part.length() + atom.length() + closingLength(after) > limit) {
                    break;
                }
                part.append(atom);
                stack = after;
                int rank = rank(atoms, j);
                if (rank > 0 && rank >= breakRank) {
                    breakAtom = j;
                    breakLength = part.length();
                    breakRank = rank;
                    breakStack = new ArrayDeque<>(stack);
                }
            }
            if (j == atoms.size()) {
                parts.add(part.toString());
                break;
            }
            if (j == i) {
                throw new IllegalArgumentException("limit too small for the markup: " + limit);
            }
            if (breakStack != null) {
                part.setLength(breakLength);
                stack = breakStack;
                j = breakAtom + 1;
            }
            for (String[] tag : stack) {
                part.append("</").append(tag[0]).append('>');
            }
            parts.add(part.toString().strip());
            open = stack;
            i = j;
            while (i < atoms.size() && atoms.get(i).equals("\n")) {
                i++;
            }
        }
        parts.removeIf(String::isBlank);
        return parts;
    }

    /** How good a cut after atom {@code j} is: 3 a blank line, 2 a line break, 1 a space, 0 none. */
    private static int rank(List<String> atoms, int j) {
        String atom = atoms.get(j);
        if (atom.equals("\n")) {
            return j > 0 && atoms.get(j - 1).equals("\n") ? 3 : 2;
        }
        return atom.equals(" ") ? 1 : 0;
    }

    private static int closingLength(Deque<String[]> stack) {
        int length = 0;
        for (String[] tag : stack) {
            length += tag[0].length() + 3;
        }
        return length;
    }

    private static void apply(Deque<String[]> stack, String atom) {
        if (!atom.startsWith("<") || atom.length() < 3) {
            return;
        }
        if (atom.startsWith("</")) {
            stack.pop();
            return;
        }
        int end = 1;
        while (end < atom.length() && (Character.isLetterOrDigit(atom.charAt(end)) || atom.charAt(end) == '-')) {
            end++;
        }
        stack.push(new String[] {atom.substring(1, end), atom});
    }

    /** Tags, entities and single characters (surrogate pairs kept whole). */
    private static List<String> atoms(String html) {
        List<String> atoms = new ArrayList<>(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end;
            if (c == '<') {
                end = html.indexOf('>', i) + 1;
            } else if (c == '&') {
                end = html.indexOf(';', i) + 1;
            } else {
                end = i + Character.charCount(html.codePointAt(i));
            }
            if (end <= i) {
                end = i + 1;
            }
            atoms.add(html.substring(i, end));
            i = end;
        }
        return atoms;
    }
}
