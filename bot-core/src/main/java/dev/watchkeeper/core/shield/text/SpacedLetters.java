package dev.watchkeeper.core.shield.text;

/** Joins runs of single letters separated by single spaces or dots ("f r e e" becomes "free"). */
final class SpacedLetters {
    private static final int MIN_RUN = 4;

    private SpacedLetters() {}

    static String join(CharSequence s) {
        int n = s.length();
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < n) {
            int runEnd = runEnd(s, i);
            int letters = (runEnd - i + 1) / 2;
            if (runEnd > i && letters >= MIN_RUN) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i);
                for (int j = i; j < runEnd; j += 2) {
                    out.append(s.charAt(j));
                }
                copied = runEnd;
                i = runEnd;
            } else {
                i++;
            }
        }
        if (out == null) {
            return s.toString();
        }
        out.append(s, copied, n);
        return out.toString();
    }

    /** End (exclusive) of a "x y z" run starting at {@code i}, or {@code i} when there is none. */
    private static int runEnd(CharSequence s, int i) {
        if (!isSingle(s, i)) {
            return i;
        }
        int j = i;
        while (isSingle(s, j) && j + 2 < s.length() && isGap(s.charAt(j + 1)) && isSingle(s, j + 2)) {
            j += 2;
        }
        return j == i ? i : j + 1;
    }

    private static boolean isSingle(CharSequence s, int j) {
        if (j >= s.length() || !Character.isLetter(s.charAt(j))) {
            return false;
        }
        boolean leftOk = j == 0 || !Character.isLetterOrDigit(s.charAt(j - 1));
        boolean rightOk = j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1));
        return leftOk && rightOk;
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '.';
    }
}
