package dev.watchkeeper.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.conversation.BotTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageCatalogTest {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("%(?:(\\d+)\\$)?([-#+ 0,(]*\\d*(?:\\.\\d+)?)([a-zA-Z%])");

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({
        "commands, ru",
        "commands, zh",
        "commands, es",
        "commands, pt",
        "commands, tr",
        "conversation, ru",
        "conversation, zh",
        "conversation, es",
        "conversation, pt",
        "conversation, tr",
        "ticket, ru",
        "ticket, zh",
        "ticket, es",
        "ticket, pt",
        "ticket, tr",
        "moderation, ru",
        "moderation, zh",
        "moderation, es",
        "moderation, pt",
        "moderation, tr",
        "staff, ru",
        "staff, zh",
        "staff, es",
        "staff, pt",
        "staff, tr",
        "moderators, ru",
        "moderators, zh",
        "moderators, es",
        "moderators, pt",
        "moderators, tr"
    })
    void everyBundledTranslationSaysEveryEnglishTextWithTheSamePlaceholders(String bundle, String language)
            throws IOException {
        PropertyResourceBundle english = bundled(bundle);
        PropertyResourceBundle translated = bundled(bundle + "_" + language);

        assertThat(translated.keySet()).isEqualTo(english.keySet());
        for (String key : english.keySet()) {
            assertThat(placeholders(translated.getString(key)))
                    .as("%s_%s %s", bundle, language, key)
                    .isEqualTo(placeholders(english.getString(key)));
        }
    }

    @Test
    void aTextIsInTheMembersLanguageAndEnglishForAnUnknownOne() {
        MessageCatalog catalog = MessageCatalog.bundled();

        assertThat(catalog.text("conversation", "es", "humanLabel")).isEqualTo("Hablar con una persona");
        assertThat(catalog.text("conversation", "pt-BR", "humanLabel")).isEqualTo("Falar com uma pessoa");
        assertThat(catalog.text("conversation", "de", "humanLabel")).isEqualTo("Talk to a person");
        assertThat(catalog.text("conversation", null, "humanLabel")).isEqualTo("Talk to a person");
    }

    @Test
    void anOperatorsFileRewordsOneTextAndLeavesTheOthersBundled() throws IOException {
        Files.writeString(
                folder.resolve("conversation_es.properties"), "thanks=¡Genial, me alegro!\n", StandardCharsets.UTF_8);
        MessageCatalog catalog = MessageCatalog.withOverrides(folder);

        BotTexts spanish = BotTexts.from(catalog, "es");

        assertThat(spanish.thanks()).isEqualTo("¡Genial, me alegro!");
        assertThat(spanish.humanLabel()).isEqualTo("Hablar con una persona");
        assertThat(BotTexts.from(catalog, "en").thanks()).isEqualTo("Glad that helped!");
    }

    @Test
    void aKeyMissingFromATranslationIsSaidInEnglishReworded() throws IOException {
        Files.writeString(folder.resolve("conversation.properties"), "rules=Read the rules first.\n");
        MessageCatalog catalog = MessageCatalog.withOverrides(folder);

        assertThat(catalog.text("conversation", "tr", "rules")).isEqualTo("Read the rules first.");
        assertThat(catalog.text("conversation", "tr", "thanks")).isEqualTo("Yardımcı olabildiğime sevindim!");
    }

    @Test
    void aKeyNoBundleHasFailsLoudly() {
        assertThatThrownBy(() -> MessageCatalog.bundled().text("conversation", "ru", "noSuchText"))
                .isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> MessageCatalog.withOverrides(folder.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PropertyResourceBundle bundled(String name) throws IOException {
        try (InputStream in =
                MessageCatalog.class.getResourceAsStream("/dev/watchkeeper/core/messages/" + name + ".properties")) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * The format placeholders of a text: which argument each one takes (its {@code n$} index, else
     * the next in order) and how it is written, sorted, so a translation may reorder them with
     * {@code %2$s}. Literal {@code %%} and {@code %n} take no argument and are left out.
     */
    private static List<String> placeholders(String text) {
        int[] next = {0};
        return PLACEHOLDER
                .matcher(text)
                .results()
                .filter(m -> !m.group(3).equals("%") && !m.group(3).equals("n"))
                .map(m ->
                        (m.group(1) != null ? Integer.parseInt(m.group(1)) : ++next[0]) + ":" + m.group(2) + m.group(3))
                .sorted()
                .toList();
    }
}
