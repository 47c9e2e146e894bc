package dev.watchkeeper.core.shield.text;

import java.util.ServiceLoader;

/**
 * Port: the Unicode normalisation the {@link TextNormalizer} builds on. The core's own ({@link
 * #jdk()}) uses the JDK's NFKC and lower-casing and a short list of invisible characters; the
 * shield module implements it with ICU (NFKC case folding, the default-ignorable property,
 * Traditional to Simplified Chinese) and registers it as a {@link ServiceLoader} service, so
 * {@link #installed()} finds it when the shield is on the class path. Implementations must be
 * thread-safe, must not block and must be linear in the length of the text.
 */
public interface UnicodeFolding {
    /** NFKC, with invisible (default-ignorable) characters removed; case is kept. */
    String compatible(String text);

    /** Case folding of a text already in NFKC: lower case and its full equivalents ("ß" becomes "ss"). */
    String fold(String text);

    /** Traditional Chinese characters replaced with their Simplified forms; other text unchanged. */
    String simplified(String text);

    /** The core's own, with the JDK only: Traditional Chinese stays as it is. */
    static UnicodeFolding jdk() {
        return JdkUnicodeFolding.INSTANCE;
    }

    /** The first implementation registered as a service, or {@link #jdk()} when there is none. */
    static UnicodeFolding installed() {
        return JdkUnicodeFolding.INSTALLED;
    }
}
