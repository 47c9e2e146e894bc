package dev.watchkeeper.core.language;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.conversation.BotTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageCatalogTest {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("%(?:(\\d+)\\$)?([-#+ 0,(]*\\d*(?:\\.\\d+)?)([a-zA-Z%])");

    private static final String MESSAGES = "/dev/watchkeeper/core/messages/";
    private static final String PROPERTIES = ".properties";

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("everyBundleInEveryOtherLanguage")
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

    /** Every English bundle in the messages folder, with every other language the bot speaks. */
    static Stream<Arguments> everyBundleInEveryOtherLanguage() throws IOException, URISyntaxException {
        Path messages = Path.of(
                requireNonNull(MessageCatalog.class.getResource(MESSAGES)).toURI());
        List<String> bundles;
        try (Stream<Path> files = Files.list(messages)) {
            bundles = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(PROPERTIES) && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - PROPERTIES.length()))
                    .sorted()
                    .toList();
        }
        return bundles.stream().flatMap(bundle -> MemberLanguage.SUPPORTED.stream()
                .filter(language -> !language.equals(MemberLanguage.ENGLISH))
                .map(language -> Arguments.of(bundle, language)));
    }

    @Test
    void everyEnglishBundleIsCheckedInTheFiveOtherLanguages() throws IOException, URISyntaxException {
        List<String> checked = everyBundleInEveryOtherLanguage()
                .map(arguments -> arguments.get()[0] + "_" + arguments.get()[1])
                .toList();

        assertThat(checked)
                .contains("commands_ru", "conversation_zh", "moderation_es", "moderators_pt", "staff_tr", "ticket_ru")
                .contains("incidents_ru", "incidents_zh", "incidents_es", "incidents_pt", "incidents_tr")
                .contains(
                        "incident-staff_ru",
                        "incident-staff_zh",
                        "incident-staff_es",
                        "incident-staff_pt",
                        "incident-staff_tr")
                .noneMatch(pair -> pair.endsWith("_en"));
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
        try (InputStream in = MessageCatalog.class.getResourceAsStream(MESSAGES + name + PROPERTIES)) {
            assertThat(in).as("bundle %s", name).isNotNull();
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
