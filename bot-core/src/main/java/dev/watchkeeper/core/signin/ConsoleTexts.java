package dev.watchkeeper.core.signin;

import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.TextTable;
import dev.watchkeeper.core.language.Translations;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code /console} says to staff, in one language: the private message with the sign-in link,
 * the short reply in a group, and why no link was made. The texts come from the {@code console}
 * message bundle (see {@link MessageCatalog}), where a community rewords them. Immutable and
 * thread-safe.
 */
public final class ConsoleTexts {
    private final TextTable<ConsoleText> table;

    private ConsoleTexts(TextTable<ConsoleText> table) {
        this.table = table;
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static ConsoleTexts from(MessageCatalog catalog, String language) {
        return new ConsoleTexts(
                TextTable.read(catalog, "console", language, ConsoleText.class, List.of(ConsoleRole.class)));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<ConsoleTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, ConsoleTexts::from);
    }

    String say(ConsoleText key, Object... arguments) {
        return table.format(key, arguments);
    }

    /** The roles' labels, comma-separated, in the enum's order. */
    String roles(Set<ConsoleRole> roles) {
        return roles.stream().sorted().map(table::label).collect(Collectors.joining(", "));
    }
}
