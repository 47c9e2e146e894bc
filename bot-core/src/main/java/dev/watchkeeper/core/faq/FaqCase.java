package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One evaluation case: a question and the entry that should answer it.
 *
 * @param text the question
 * @param expectedId the entry that answers it, or null when the question is out of scope and the
 *     right behaviour is not to answer confidently
 */
public record FaqCase(String text, @Nullable String expectedId) {
    public FaqCase {
        requireNonNull(text, "text");
        if (expectedId != null && expectedId.isBlank()) {
            expectedId = null;
        }
    }

    /** True when some entry should answer this case. */
    public boolean inScope() {
        return expectedId != null;
    }
}
