package dev.watchkeeper.core.shield.language;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds a group with an unbounded repetition inside that is itself repeated without bound, like
 * {@code (\w+ )*}: the shape of expression whose matching can take time exponential in the length
 * of the text. Rule files must not contain it. A plain scan over the expression, no parsing.
 */
final class NestedRepetition {
    private NestedRepetition() {}

    /** The offending piece of the expression, or null when there is none. */
    static String find(String expression) {
        Deque<int[]> groups = new ArrayDeque<>(); // {start, holds an unbounded repetition}
        boolean inClass = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\\') {
                if (!inClass) {
                    markUnbounded(groups, expression, i + 2);
                }
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                if (!inClass) {
                    markUnbounded(groups, expression, i + 1);
                }
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> groups.push(new int[] {i, 0});
                case ')' -> {
                    int[] group = groups.isEmpty() ? null : groups.pop();
                    if (group == null) {
                        continue;
                    }
                    boolean repeated = unbounded(expression, i + 1);
                    if (group[1] == 1 && repeated) {
                        return expression.substring(group[0], Math.min(expression.length(), i + 2));
                    }
                    if ((group[1] == 1 || repeated) && !groups.isEmpty()) {
                        groups.peek()[1] = 1;
                    }
                }
                default -> markUnbounded(groups, expression, i + 1);
            }
        }
        return null;
    }

    private static void markUnbounded(Deque<int[]> groups, String s, int i) {
        if (unbounded(s, i) && !groups.isEmpty()) {
            groups.peek()[1] = 1;
        }
    }

    /** True when a quantifier without an upper bound ({@code *}, {@code +}, {@code {n,}}) starts at {@code i}. */
    private static boolean unbounded(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c == '{') {
            int close = s.indexOf('}', i);
            return close > 0 && s.charAt(close - 1) == ',';
        }
        return false;
    }
}
