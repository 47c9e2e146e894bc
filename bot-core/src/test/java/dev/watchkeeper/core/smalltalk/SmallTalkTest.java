package dev.watchkeeper.core.smalltalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.language.MemberLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmallTalkTest {
    private final SmallTalk smallTalk = SmallTalk.bundled();

    static Stream<Arguments> smallTalk() throws IOException {
        return lines("small-talk.tsv").stream().map(line -> {
            String[] fields = line.split("\t", 3);
            return Arguments.of(SmallTalkKind.valueOf(fields[0]), fields[1], fields[2]);
        });
    }

    static Stream<String> questions() throws IOException {
        return lines("questions.txt").stream();
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("smallTalk")
    void recognisesSmallTalkAsMembersWriteIt(SmallTalkKind kind, String language, String message) {
        Set<String> languages = language.equals("*") ? Set.copyOf(MemberLanguage.SUPPORTED) : Set.of(language);

        assertThat(smallTalk.recognise(message)).hasValue(new SmallTalk.Recognition(kind, languages));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void neverTakesAQuestionForSmallTalk(String question) {
        assertThat(smallTalk.recognise(question)).isEmpty();
    }

    @Test
    void aMessageOfAddressWordsOnlyIsNotSmallTalk() {
        assertThat(smallTalk.recognise("@watchkeeper")).isEmpty();
        assertThat(smallTalk.recognise("guys")).isEmpty();
        assertThat(smallTalk.recognise("")).isEmpty();
        assertThat(smallTalk.recognise("?!")).isEmpty();
    }

    @Test
    void phrasesOfTwoLanguagesTellNoLanguage() {
        assertThat(smallTalk.recognise("hola, thanks"))
                .hasValue(new SmallTalk.Recognition(SmallTalkKind.THANKS, Set.of()));
    }

    @Test
    void aTypoIsForgivenOnlyInLongWords() {
        assertThat(smallTalk.recognise("thnaks")).isPresent();
        assertThat(smallTalk.recognise("hu")).isEmpty();
        assertThat(smallTalk.recognise("bye-bye")).isPresent();
        assertThat(smallTalk.recognise("by")).isEmpty();
    }

    @Test
    void aLongMessageIsNeverSmallTalk() {
        assertThat(smallTalk.recognise("thanks ".repeat(20))).isEmpty();
    }

    @Test
    void aListLineOutsideASectionOrInAnUnknownOneIsRefused() {
        assertThatThrownBy(() -> PhraseList.parse("x.txt", "hello\n", Set.of("en")))
                .hasMessageContaining("x.txt:1");
        assertThatThrownBy(() -> PhraseList.parse("x.txt", "[chitchat]\nhello\n", Set.of("en")))
                .hasMessageContaining("unknown section");
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(SmallTalkTest.class.getResourceAsStream(name), name)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
