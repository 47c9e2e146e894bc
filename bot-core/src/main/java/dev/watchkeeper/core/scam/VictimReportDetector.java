package dev.watchkeeper.core.scam;

import dev.watchkeeper.core.scam.language.VictimPhrases;
import dev.watchkeeper.core.scam.text.TextNormalizer;

/**
 * Recognises a member saying they were scammed, hacked or drained ("I think I got scammed, what
 * do I do?", "меня обманули", "我被骗了", "me estafaron", "fui golpeado", "dolandırıldım"), so the
 * engine can answer with a security checklist instead of treating the message as a scam.
 * Stateless and thread-safe; never blocks.
 */
public final class VictimReportDetector {
    /** True when the message reports that its author was scammed, hacked or drained. */
    public boolean isVictimReport(String text) {
        return VictimPhrases.isVictimReport(TextNormalizer.normalize(text).folded());
    }
}
