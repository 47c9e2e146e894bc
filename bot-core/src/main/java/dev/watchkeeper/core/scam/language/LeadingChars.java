package dev.watchkeeper.core.scam.language;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compiles a phrase expression behind a guard on the characters its matches can start with.
 * {@link java.util.regex.Matcher#find()} tries the whole expression at every position; a phrase
 * that is an alternation of a dozen {@code \bword …} branches costs a dozen failed attempts per
 * character. A leading {@code (?=[cgs…])} look-ahead turns most positions away with one class test
 * (four times faster on long spam). The guard only restates what the expression requires, so the
 * matches are the same.
 *
 * <p>The first characters are worked out from the expression's syntax: literals, {@code \d},
 * escaped punctuation, plain classes, groups, alternations, optional and repeated atoms, and the
 * zero-width {@code \b}. Anything else at a start ({@code .}, {@code \w}, {@code \s}, negated
 * classes, look-arounds, flags) leaves the expression as it is.
 */
final class LeadingChars {
    private final String regex;
    private int at;
    // past a part every match must start in: the rest is only read through, whatever it holds
    private boolean skipping;

    private LeadingChars(String regex) {
        this.regex = regex;
    }

    /** The expression compiled with a first-character guard, when its first characters are known. */
    static Pattern compile(String regex) {
        return Pattern.compile(guarded(regex));
    }

    /**
     * The expression with a first-character guard, or the expression as it is: also when it starts
     * with a literal, which {@link Pattern} already seeks with Boyer-Moore.
     */
    static String guarded(String regex) {
        if (!regex.isEmpty() && "\\([".indexOf(regex.charAt(0)) < 0) {
            return regex;
        }
        return firstChars(regex)
                .map(chars -> "(?=[" + classOf(chars) + "])(?:" + regex + ")")
                .orElse(regex);
    }

    /** The characters every match starts with one of, when they can be worked out. */
    static Optional<Set<Integer>> firstChars(String regex) {
        LeadingChars parser = new LeadingChars(regex);
        try {
            First first = parser.alternation();
            if (parser.at != regex.length() || first.nullable() || first.chars().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(first.chars());
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** What a part of the expression can start with, and whether it can match nothing at all. */
    private record First(Set<Integer> chars, boolean nullable) {}

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private First alternation() {
        Set<Integer> chars = new TreeSet<>();
        boolean nullable = false;
        while (true) {
            First branch = sequence();
            chars.addAll(branch.chars());
            nullable |= branch.nullable();
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                continue;
            }
            return new First(chars, nullable);
        }
    }

    private First sequence() {
        Set<Integer> chars = new TreeSet<>();
        boolean open = true;
        boolean wasSkipping = skipping;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            First atom = quantified();
            if (open) {
                chars.addAll(atom.chars());
                open = atom.nullable();
                skipping |= !open;
            }
        }
        skipping = wasSkipping;
        return new First(chars, open);
    }

    private First quantified() {
        First atom = atom();
        if (at >= regex.length()) {
            return atom;
        }
        char q = regex.charAt(at);
        boolean nullable = atom.nullable();
        if (q == '?' || q == '*') {
            at++;
            nullable = true;
        } else if (q == '+') {
            at++;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unsupported();
            }
            String bounds = regex.substring(at + 1, close);
            nullable |= bounds.startsWith("0") || bounds.startsWith(",");
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return new First(atom.chars(), nullable);
    }

    private First atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(' -> {
                at++;
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (at < regex.length() && regex.charAt(at) == '?') {
                    if (!skipping) {
                        throw new Unsupported();
                    }
                    skipGroupPrefix();
                }
                First inner = alternation();
                if (at >= regex.length() || regex.charAt(at) != ')') {
                    throw new Unsupported();
                }
                at++;
                return inner;
            }
            case '[' -> {
                return characterClass();
            }
            case '\\' -> {
                return escape();
            }
            case '.', '^', '$' -> {
                if (!skipping) {
                    throw new Unsupported();
                }
                at++;
                return new First(Set.of(), false);
            }
            default -> {
                int cp = regex.codePointAt(at);
                at += Character.charCount(cp);
                return new First(Set.of(cp), false);
            }
        }
    }

    private First escape() {
        if (at + 1 >= regex.length()) {
            throw new Unsupported();
        }
        char e = regex.charAt(at + 1);
        at += 2;
        if (e == 'b') {
            return new First(Set.of(), true);
        }
        if (skipping) {
            if ((e == 'p' || e == 'P' || e == 'x') && at < regex.length() && regex.charAt(at) == '{') {
                at = regex.indexOf('}', at) + 1;
            }
            return new First(Set.of(), false);
        }
        Set<Integer> chars = escaped(e);
        return new First(chars, false);
    }

    /** Reads through the {@code ?…} after a group's parenthesis: look-arounds, names, flags. */
    private void skipGroupPrefix() {
        at++;
        if (regex.startsWith("<=", at) || regex.startsWith("<!", at)) {
            at += 2;
        } else if (at < regex.length() && regex.charAt(at) == '<') {
            at = regex.indexOf('>', at) + 1;
        } else {
            while (at < regex.length() && regex.charAt(at) != ':' && regex.charAt(at) != ')') {
                at++;
            }
            if (at < regex.length() && regex.charAt(at) == ':') {
                at++;
            }
        }
    }

    private static Set<Integer> escaped(char e) {
        if (e == 'd') {
            Set<Integer> digits = new TreeSet<>();
            for (int d = '0'; d <= '9'; d++) {
                digits.add(d);
            }
            return digits;
        }
        if (e == 'n') {
            return Set.of((int) '\n');
        }
        if (e == 't') {
            return Set.of((int) '\t');
        }
        if (Character.isLetterOrDigit(e)) {
            throw new Unsupported();
        }
        return Set.of((int) e);
    }

    private First characterClass() {
        at++;
        if (skipping) {
            skipClass();
            return new First(Set.of(), false);
        }
        if (at < regex.length() && regex.charAt(at) == '^') {
            throw new Unsupported();
        }
        Set<Integer> chars = new TreeSet<>();
        while (at < regex.length() && regex.charAt(at) != ']') {
            int from;
            if (regex.charAt(at) == '\\') {
                Set<Integer> one = escaped(at + 1 < regex.length() ? regex.charAt(at + 1) : '\\');
                at += 2;
                if (one.size() > 1) {
                    chars.addAll(one);
                    continue;
                }
                from = one.iterator().next();
            } else if (regex.charAt(at) == '[' || regex.charAt(at) == '&') {
                throw new Unsupported();
            } else {
                from = regex.codePointAt(at);
                at += Character.charCount(from);
            }
            if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                int to = regex.codePointAt(at + 1);
                if (to == '\\') {
                    throw new Unsupported();
                }
                at += 1 + Character.charCount(to);
                for (int cp = from; cp <= to; cp++) {
                    chars.add(cp);
                }
            } else {
                chars.add(from);
            }
        }
        if (at >= regex.length()) {
            throw new Unsupported();
        }
        at++;
        return new First(chars, false);
    }

    private void skipClass() {
        int depth = 1;
        while (at < regex.length() && depth > 0) {
            char c = regex.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && !(depth == 1 && regex.charAt(at - 1) == '[')) {
                depth--;
            }
            at++;
        }
        if (depth > 0) {
            throw new Unsupported();
        }
    }

    private static String classOf(Set<Integer> chars) {
        StringBuilder out = new StringBuilder();
        for (int cp : chars) {
            out.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
        return out.toString();
    }
}
