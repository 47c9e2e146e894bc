package dev.watchkeeper.core.moderation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;

/**
 * What the moderation feature says to members, in Markdown, in one language. The texts come from
 * the {@code moderation} message bundle (see {@link MessageCatalog}), where a community rewords
 * them; the keys are the component names.
 *
 * @param secretRemoved told privately to a member whose message leaked a seed phrase or key
 * @param secretRemovedInChat told in the chat instead when that private message cannot be
 *     delivered ({@code %s}: the member's name or handle); never quotes the secret
 * @param warning told privately to a member a moderator warned
 * @param reportThanks told to a member whose report opened a case ({@code %s}: the case id)
 * @param reportUsage told to a member who used {@code /report} with nothing to report
 * @param moderatorsOnly told to a non-moderator who tried a moderator action
 */
public record ModerationTexts(
        String secretRemoved,
        String secretRemovedInChat,
        String warning,
        String reportThanks,
        String reportUsage,
        String moderatorsOnly) {
    public ModerationTexts {
        requireNonNull(secretRemoved);
        requireNonNull(secretRemovedInChat);
        requireNonNull(warning);
        requireNonNull(reportThanks);
        requireNonNull(reportUsage);
        requireNonNull(moderatorsOnly);
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static ModerationTexts from(MessageCatalog catalog, String language) {
        MessageCatalog.Texts t = catalog.texts("moderation", language);
        return new ModerationTexts(
                t.get("secretRemoved"),
                t.get("secretRemovedInChat"),
                t.get("warning"),
                t.get("reportThanks"),
                t.get("reportUsage"),
                t.get("moderatorsOnly"));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<ModerationTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, ModerationTexts::from);
    }

    /** The bundled English texts. */
    public static ModerationTexts english() {
        return from(MessageCatalog.bundled(), "en");
    }
}
