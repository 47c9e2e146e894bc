package dev.watchkeeper.core.shield;

import dev.watchkeeper.core.shield.language.PhraseBook;
import dev.watchkeeper.core.shield.text.TextNormalizer;

/**
 * Recognises a member saying they were scammed, hacked or drained ("I think I got scammed, what
 * do I do?", "меня обманули", "我被骗了", "me estafaron", "fui golpeado", "dolandırıldım"), so the
 * engine can answer with a security checklist instead of treating the message as a scam. Uses the
 * {@code victim} rules of a {@link PhraseBook}. Stateless and thread-safe; never blocks.
 */
public final class VictimReportDetector {
    private final PhraseBook book;

    /** A detector with the bundled rules. */
    public VictimReportDetector() {
        this(PhraseBook.bundled());
    }

    /** A detector with the rules of a book (the bundled ones and any an operator added). */
    public VictimReportDetector(PhraseBook book) {
        this.book = book;
    }

    /** True when the message reports that its author was scammed, hacked or drained. */
    public boolean isVictimReport(String text) {
        return book.isVictimReport(TextNormalizer.normalize(text).folded());
    }
}
