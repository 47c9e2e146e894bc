package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.TextTable;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.shield.Verdict;
import java.util.List;

/**
 * What the moderation desk says to moderators, in one language: case cards and their buttons,
 * replies to presses on them, and replies to {@code /allow}, {@code /deny}, {@code /unlist} and
 * {@code /cases}. The texts come from the {@code moderators} message bundle (see {@link
 * MessageCatalog}), where a community rewords them; the desk speaks the {@link
 * ModerationSettings#staffLanguage() staff language}, while members keep theirs ({@link
 * ModerationTexts}). Immutable and thread-safe.
 */
public final class ModeratorTexts {
    private static final List<Class<? extends Enum<?>>> LABELLED =
            List.of(Verdict.class, ModerationCase.Source.class, PolicyAction.class, ModerationChoices.Action.class);

    private final TextTable<ModeratorText> table;

    private ModeratorTexts(TextTable<ModeratorText> table) {
        this.table = table;
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static ModeratorTexts from(MessageCatalog catalog, String language) {
        return new ModeratorTexts(TextTable.read(catalog, "moderators", language, ModeratorText.class, LABELLED));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<ModeratorTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, ModeratorTexts::from);
    }

    /** The bundled English texts. */
    public static ModeratorTexts english() {
        return from(MessageCatalog.bundled(), "en");
    }

    /** The language of these texts. */
    public String language() {
        return table.language();
    }

    String say(ModeratorText key, Object... arguments) {
        return table.format(key, arguments);
    }

    String label(Enum<?> value) {
        return table.label(value);
    }
}
