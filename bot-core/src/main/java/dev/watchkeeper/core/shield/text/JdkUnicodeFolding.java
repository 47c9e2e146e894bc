package dev.watchkeeper.core.shield.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.ServiceLoader;

/** {@link UnicodeFolding} with the JDK only. Stateless and thread-safe. */
final class JdkUnicodeFolding implements UnicodeFolding {
    static final JdkUnicodeFolding INSTANCE = new JdkUnicodeFolding();
    static final UnicodeFolding INSTALLED = ServiceLoader.load(
                    UnicodeFolding.class, UnicodeFolding.class.getClassLoader())
            .findFirst()
            .orElse(INSTANCE);

    private JdkUnicodeFolding() {}

    @Override
    public String compatible(String text) {
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = null;
        for (int i = 0; i < nfkc.length(); i++) {
            if (invisible(nfkc.charAt(i))) {
                if (out == null) {
                    out = new StringBuilder(nfkc.length()).append(nfkc, 0, i);
                }
            } else if (out != null) {
                out.append(nfkc.charAt(i));
            }
        }
        return out == null ? nfkc : out.toString();
    }

    @Override
    public String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public String simplified(String text) {
        return text;
    }

    /** Formatting characters, variation selectors and the fillers spam pads words with. */
    private static boolean invisible(char c) {
        return Character.getType(c) == Character.FORMAT
                || (c >= '\uFE00' && c <= '\uFE0F')
                || c == '\u034F'
                || c == '\u115F'
                || c == '\u3164';
    }
}
