package dev.watchkeeper.core.scam.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out the short strings every match of a phrase expression starts with, so that the
 * expression is tried only where one of them occurs. {@link java.util.regex.Matcher#find()} tries
 * an expression at every position of a text; a phrase that is an alternation of a dozen {@code
 * \bword …} branches costs a dozen failed attempts per character. One pass of an automaton over
 * the start strings of all phrases finds the few positions worth trying.
 *
 * <p>For a length {@code k}, the start strings of an expression are the first {@code k}
 * characters of each of its matches, and its whole matches shorter than that. Every match starts
 * with one of them, so trying the expression only where they occur finds exactly what {@code
 * find()} finds. The longest {@code k} up to {@value #MAX_LENGTH} whose set holds at most {@value
 * #MAX_STRINGS} strings is used.
 *
 * <p>The strings are worked out from the expression's syntax: literals, {@code \d}, {@code \s},
 * escaped punctuation, plain classes, groups, alternations, optional, repeated and bounded atoms,
 * and the zero-width {@code \b}, {@code ^}, {@code $} and look-arounds (which take no characters, so
 * the strings stay a condition every match meets). Once every string is complete, the rest of the
 * expression is only read through, whatever it holds. Anything else before that ({@code .},
 * {@code \w}, negated classes, flags) means the strings cannot be worked out.
 */
final class StartStrings {
    static final int MAX_LENGTH = 4;
    static final int MAX_STRINGS = 48;
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private final String regex;
    private final int length;
    private int at;
    // every string is complete: the rest of the sequence is only read through, whatever it holds
    private boolean skipping;

    private StartStrings(String regex, int length) {
        this.regex = regex;
        this.length = length;
    }

    /**
     * The start strings, each top-level branch of the expression with the longest length that
     * keeps its set small, without strings that start with another one of them; empty when they
     * cannot be worked out or when the expression can match the empty string.
     */
    static Optional<List<String>> of(String regex) {
        Set<String> all = new TreeSet<>();
        for (String branch : branches(regex)) {
            Optional<List<String>> strings = Optional.empty();
            for (int k = MAX_LENGTH; k >= 1 && strings.isEmpty(); k--) {
                strings = of(branch, k);
            }
            if (strings.isEmpty()) {
                return Optional.empty();
            }
            all.addAll(strings.get());
        }
        return Optional.of(withoutLonger(all));
    }

    /** The top-level branches of an expression: its parts between {@code |} outside groups and classes. */
    static List<String> branches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        branches.add(regex.substring(from));
        return branches;
    }

    /** The start strings of length {@code k} (and whole shorter matches), when at most {@value #MAX_STRINGS}. */
    static Optional<List<String>> of(String regex, int k) {
        StartStrings parser = new StartStrings(regex, k);
        try {
            Set<String> strings = parser.alternation();
            if (parser.at != regex.length() || strings.contains("")) {
                return Optional.empty();
            }
            return Optional.of(withoutLonger(strings));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Drops strings that start with a shorter string of the set: the shorter one occurs wherever they do. */
    private static List<String> withoutLonger(Set<String> sorted) {
        List<String> kept = new ArrayList<>();
        for (String s : sorted) {
            // sorted order puts a prefix right before the strings that extend it
            if (kept.isEmpty() || !s.startsWith(kept.get(kept.size() - 1))) {
                kept.add(s);
            }
        }
        return List.copyOf(kept);
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Set<String> alternation() {
        Set<String> strings = new TreeSet<>();
        while (true) {
            strings.addAll(sequence());
            limit(strings);
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                continue;
            }
            return strings;
        }
    }

    private Set<String> sequence() {
        Set<String> strings = Set.of("");
        boolean wasSkipping = skipping;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            skipping |= complete(strings);
            Set<String> atom = quantified();
            if (!skipping) {
                strings = concat(strings, atom);
            }
        }
        skipping = wasSkipping;
        return strings;
    }

    private boolean complete(Set<String> strings) {
        for (String s : strings) {
            if (s.length() < length) {
                return false;
            }
        }
        return true;
    }

    private Set<String> quantified() {
        Set<String> atom = atom();
        if (at >= regex.length()) {
            return atom;
        }
        char q = regex.charAt(at);
        int min;
        int max;
        if (q == '?') {
            min = 0;
            max = 1;
            at++;
        } else if (q == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            at++;
        } else if (q == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            at++;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            try {
                min = bounds[0].isEmpty() ? 0 : Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return skipping ? atom : repeat(atom, min, max);
    }

    /**
     * An atom repeated {@code min} to {@code max} times. More than {@code length} copies add
     * nothing: each copy either adds a character or can be left empty.
     */
    private Set<String> repeat(Set<String> atom, int min, int max) {
        int lo = Math.min(min, length);
        int hi = Math.min(max, length);
        Set<String> strings = Set.of("");
        for (int i = 0; i < lo; i++) {
            strings = concat(strings, atom);
        }
        Set<String> all = new TreeSet<>(strings);
        for (int i = lo; i < hi; i++) {
            strings = concat(strings, atom);
            all.addAll(strings);
            limit(all);
        }
        return all;
    }

    private Set<String> concat(Set<String> heads, Set<String> tails) {
        Set<String> out = new TreeSet<>();
        for (String head : heads) {
            if (head.length() >= length) {
                out.add(head);
                continue;
            }
            for (String tail : tails) {
                String s = head + tail;
                out.add(s.length() > length ? s.substring(0, length) : s);
            }
            limit(out);
        }
        return out;
    }

    private static void limit(Set<String> strings) {
        if (strings.size() > MAX_STRINGS) {
            throw new Unsupported();
        }
    }

    private Set<String> atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(' -> {
                at++;
                boolean zeroWidth = false;
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                    at += 2;
                    zeroWidth = true;
                } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                    at += 3;
                    zeroWidth = true;
                } else if (regex.startsWith("?<", at)) {
                    at = regex.indexOf('>', at) + 1;
                } else if (at < regex.length() && regex.charAt(at) == '?') {
                    // flags change what the characters mean
                    if (!skipping) {
                        throw new Unsupported();
                    }
                    skipGroupPrefix();
                }
                boolean wasSkipping = skipping;
                // a look-around takes no characters: what it holds only needs reading through
                skipping |= zeroWidth;
                Set<String> inner = alternation();
                skipping = wasSkipping;
                if (at >= regex.length() || regex.charAt(at) != ')') {
                    throw new Unsupported();
                }
                at++;
                return zeroWidth ? Set.of("") : inner;
            }
            case '[' -> {
                return characterClass();
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$' -> {
                at++;
                return Set.of("");
            }
            case '.' -> {
                if (!skipping) {
                    throw new Unsupported();
                }
                at++;
                return Set.of("");
            }
            default -> {
                int cp = regex.codePointAt(at);
                at += Character.charCount(cp);
                return Set.of(Character.toString(cp));
            }
        }
    }

    private Set<String> escape() {
        if (at + 1 >= regex.length()) {
            throw new Unsupported();
        }
        char e = regex.charAt(at + 1);
        at += 2;
        if (e == 'b' || e == 'B') {
            return Set.of("");
        }
        if (skipping) {
            if ((e == 'p' || e == 'P' || e == 'x') && at < regex.length() && regex.charAt(at) == '{') {
                at = regex.indexOf('}', at) + 1;
            }
            return Set.of("");
        }
        Set<String> strings = new TreeSet<>();
        for (char one : escaped(e).toCharArray()) {
            strings.add(String.valueOf(one));
        }
        return strings;
    }

    /** Reads through the flags after a group's {@code (?}: {@code (?i)} or {@code (?i:…)}. */
    private void skipGroupPrefix() {
        at++;
        while (at < regex.length() && regex.charAt(at) != ':' && regex.charAt(at) != ')') {
            at++;
        }
        if (at < regex.length() && regex.charAt(at) == ':') {
            at++;
        }
    }

    /** The characters an escape stands for, in a class or outside one. */
    private static String escaped(char e) {
        return switch (e) {
            case 'd' -> "0123456789";
            case 's' -> WHITESPACE;
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'f' -> "\f";
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported();
                }
                yield String.valueOf(e);
            }
        };
    }

    private Set<String> characterClass() {
        at++;
        if (skipping) {
            skipClass();
            return Set.of("");
        }
        if (at < regex.length() && regex.charAt(at) == '^') {
            throw new Unsupported();
        }
        Set<Integer> chars = new TreeSet<>();
        while (at < regex.length() && regex.charAt(at) != ']') {
            int from;
            if (regex.charAt(at) == '\\') {
                String one = escaped(at + 1 < regex.length() ? regex.charAt(at + 1) : '\\');
                at += 2;
                if (one.length() > 1) {
                    one.chars().forEach(chars::add);
                    continue;
                }
                from = one.charAt(0);
            } else if (regex.charAt(at) == '[' || regex.charAt(at) == '&') {
                throw new Unsupported();
            } else {
                from = regex.codePointAt(at);
                at += Character.charCount(from);
            }
            if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                int to = regex.codePointAt(at + 1);
                if (to == '\\' || to < from) {
                    throw new Unsupported();
                }
                at += 1 + Character.charCount(to);
                if (to - from > MAX_STRINGS) {
                    throw new Unsupported();
                }
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
        Set<String> strings = new TreeSet<>();
        chars.forEach(cp -> strings.add(Character.toString(cp)));
        limit(strings);
        return strings;
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
}
