package dev.watchkeeper.core.ticket.message;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.TextTable;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.Turn;
import java.util.List;

/**
 * What the ticket desk says to support staff, in one language: ticket cards and titles, notices
 * in ticket spaces, replies to staff commands, SLA alerts and the {@code /stats} report. The texts
 * come from the {@code staff} message bundle (see {@link MessageCatalog}), where a community
 * rewords them; the desk speaks the {@link dev.watchkeeper.core.ticket.model.TicketSettings#staffLanguage() staff language}, while
 * members keep theirs ({@link dev.watchkeeper.core.ticket.model.TicketTexts}). Immutable and thread-safe.
 */
public final class StaffTexts {
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(
            Category.class,
            Priority.class,
            TicketStatus.class,
            Turn.Speaker.class,
            HandOver.Reason.class,
            SlaKind.class);

    private final TextTable<StaffText> table;

    private StaffTexts(TextTable<StaffText> table) {
        this.table = table;
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static StaffTexts from(MessageCatalog catalog, String language) {
        return new StaffTexts(TextTable.read(catalog, "staff", language, StaffText.class, LABELLED));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<StaffTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, StaffTexts::from);
    }

    /** The bundled English texts. */
    public static StaffTexts english() {
        return from(MessageCatalog.bundled(), "en");
    }

    /** The language of these texts. */
    public String language() {
        return table.language();
    }

    public String say(StaffText key, Object... arguments) {
        return table.format(key, arguments);
    }

    public String label(Enum<?> value) {
        return table.label(value);
    }

    String languageName(String code) {
        return table.languageName(code);
    }
}
