package dev.watchkeeper.core.shield.text;

/** Folds one word into the script that dominates it, lower-cased; says if it was disguised. */
final class WordFolder {
    private WordFolder() {}

    /**
     * Appends the folded form of {@code s[start, end)} to {@code out}.
     *
     * @return true when the word mixed scripts or used leetspeak
     */
    static boolean fold(String s, int start, int end, StringBuilder out) {
        int cyrillicOnly = 0;
        int latinOnly = 0;
        int cyrillic = 0;
        int latin = 0;
        int letters = 0;
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (Character.isDigit(c)) {
                digits++;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (LookalikeLetters.isCyrillic(c) || LookalikeLetters.isGreek(c)) {
                cyrillic++;
                if (LookalikeLetters.toLatin(c) == 0) {
                    cyrillicOnly++;
                }
            } else if (LookalikeLetters.isLatin(c)) {
                latin++;
                if (LookalikeLetters.toCyrillic(c) == 0) {
                    latinOnly++;
                }
            }
        }
        boolean mixed = cyrillic > 0 && latin > 0;
        boolean toCyrillic = mixed && (cyrillicOnly > latinOnly || (cyrillicOnly == latinOnly && cyrillic >= latin));
        // "s33d" has two letters only, but a four-character word that starts with a letter is
        // still a word in disguise
        boolean leet = !mixed
                && digits > 0
                && digits <= 2
                && (letters >= 3 || (letters == 2 && end - start >= 4))
                && !Character.isDigit(s.charAt(start))
                && latin > 0;
        boolean disguised = false;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            char mapped = 0;
            if (mixed) {
                boolean foreign = toCyrillic
                        ? LookalikeLetters.isLatin(c)
                        : LookalikeLetters.isCyrillic(c) || LookalikeLetters.isGreek(c);
                disguised |= foreign && i > start && (cyrillicOnly > 0 || latinOnly > 0);
                mapped = toCyrillic
                        ? (LookalikeLetters.isLatin(c) || Character.isDigit(c) ? LookalikeLetters.toCyrillic(c) : 0)
                        : (LookalikeLetters.isCyrillic(c) || LookalikeLetters.isGreek(c)
                                ? LookalikeLetters.toLatin(c)
                                : Character.isDigit(c) && latin > digits ? LookalikeLetters.leet(c) : 0);
            } else if (leet && Character.isDigit(c)) {
                mapped = LookalikeLetters.leet(c);
                boolean inside = i > start
                        && i + 1 < end
                        && Character.isLetter(s.charAt(i - 1))
                        && Character.isLetter(s.charAt(i + 1));
                disguised |= mapped != 0 && inside;
            } else if (cyrillic > 0 && digits > 0 && letters > digits && (c == '0' || c == '3' || c == '6')) {
                mapped = LookalikeLetters.toCyrillic(c);
            }
            out.append(mapped == 0 ? c : mapped);
        }
        return disguised;
    }
}
