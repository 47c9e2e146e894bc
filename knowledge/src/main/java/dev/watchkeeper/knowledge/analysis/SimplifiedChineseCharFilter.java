package dev.watchkeeper.knowledge.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Writes Traditional Chinese characters as Simplified ones (ICU's {@code Traditional-Simplified}
 * transform), so that a question typed in Traditional characters finds entries written in
 * Simplified ones. Reads the whole input on the first read: support questions are short, and
 * the transform needs context for a few multi-character mappings. The transform maps characters
 * one to one, so offsets are not corrected. Not thread-safe, like every reader.
 */
final class SimplifiedChineseCharFilter extends CharFilter {
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private String text = "";
    private int position = -1;

    SimplifiedChineseCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (position < 0) {
            text = TO_SIMPLIFIED.get().transliterate(readAll());
            position = 0;
        }
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        char[] chunk = new char[256];
        int n;
        while ((n = input.read(chunk)) > 0) {
            all.append(chunk, 0, n);
        }
        return all.toString();
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
