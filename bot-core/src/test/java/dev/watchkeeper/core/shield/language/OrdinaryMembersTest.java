package dev.watchkeeper.core.shield.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Greetings, introductions and questions of ordinary members, in six languages, raise no rule. */
class OrdinaryMembersTest {
    private static final SocialEngineeringDetector DETECTOR = new SocialEngineeringDetector();

    static List<String> messages() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(OrdinaryMembersTest.class.getResourceAsStream("ordinary-members.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("messages")
    void noRuleFiresOnAnOrdinaryMembersMessage(String message) {
        String folded = TextNormalizer.normalize(message).folded();

        assertThat(DETECTOR.detect(folded, DETECTOR.scamTalk(folded)).evidence())
                .as(message)
                .isEmpty();
    }
}
