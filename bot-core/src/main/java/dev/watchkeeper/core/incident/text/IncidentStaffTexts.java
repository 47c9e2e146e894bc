package dev.watchkeeper.core.incident.text;

import dev.watchkeeper.core.incident.model.IncidentStatus;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.TextTable;
import dev.watchkeeper.core.language.Translations;
import java.util.List;

/** What incident mode tells staff, in one language. Immutable. */
public final class IncidentStaffTexts {
    private final TextTable<IncidentStaffText> table;

    private IncidentStaffTexts(TextTable<IncidentStaffText> table) {
        this.table = table;
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static IncidentStaffTexts from(MessageCatalog catalog, String language) {
        return new IncidentStaffTexts(TextTable.read(
                catalog,
                "incident-staff",
                language,
                IncidentStaffText.class,
                List.of(IncidentStatus.class, TimelineEntry.Kind.class)));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<IncidentStaffTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, IncidentStaffTexts::from);
    }

    /** The language of these texts. */
    public String language() {
        return table.language();
    }

    public String say(IncidentStaffText key, Object... arguments) {
        return table.format(key, arguments);
    }

    public String label(Enum<?> value) {
        return table.label(value);
    }
}
