package dev.watchkeeper.core.incident.text;

import dev.watchkeeper.core.incident.model.IncidentStatus;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.TextTable;
import dev.watchkeeper.core.language.Translations;
import java.util.List;

/** What incident mode tells members, in one language. Immutable. */
public final class IncidentTexts {
    private final TextTable<IncidentText> table;

    private IncidentTexts(TextTable<IncidentText> table) {
        this.table = table;
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static IncidentTexts from(MessageCatalog catalog, String language) {
        return new IncidentTexts(
                TextTable.read(catalog, "incidents", language, IncidentText.class, List.of(IncidentStatus.class)));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<IncidentTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, IncidentTexts::from);
    }

    /** The language of these texts. */
    public String language() {
        return table.language();
    }

    public String say(IncidentText key, Object... arguments) {
        return table.format(key, arguments);
    }

    public String label(Enum<?> value) {
        return table.label(value);
    }
}
