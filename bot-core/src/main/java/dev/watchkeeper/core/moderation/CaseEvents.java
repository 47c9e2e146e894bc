package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.event.CaseFacts;
import dev.watchkeeper.core.shield.ScamReason;
import java.util.Locale;

/** What case events say about a case: its ids and the shield's findings, not its text. */
final class CaseEvents {
    private CaseEvents() {}

    static CaseFacts facts(ModerationCase c) {
        return new CaseFacts(
                c.id(),
                c.chat().platform(),
                c.chat().id(),
                lower(c.source().name()),
                lower(c.verdict().name()),
                c.score(),
                c.reasons().stream()
                        .map(ScamReason::signal)
                        .map(s -> lower(s.name()))
                        .distinct()
                        .toList(),
                c.author() == null ? null : ModeratorRoster.key(c.author()),
                c.hidden());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
