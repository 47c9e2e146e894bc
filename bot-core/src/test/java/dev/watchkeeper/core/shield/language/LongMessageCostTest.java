package dev.watchkeeper.core.shield.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.core.shield.VictimReportDetector;
import dev.watchkeeper.core.shield.text.NormalizedText;
import dev.watchkeeper.core.shield.text.TextNormalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long messages cost time linear in their length: a 100 KB message built to make the rules, the
 * normaliser and the secret scanners work hardest (every trigger word, runs of hex and base58,
 * list words, spaced letters) is read in far less than the 200 ms bound, which only quadratic work
 * would break.
 */
class LongMessageCostTest {
    private static final int LENGTH = 100_000;
    private static final Duration BOUND = Duration.ofMillis(200);
    private static final SocialEngineeringDetector DETECTOR = new SocialEngineeringDetector();
    private static final SecretRedactor REDACTOR = SecretRedactor.bundled();
    private static final VictimReportDetector VICTIMS = new VictimReportDetector();

    static List<String> messages() {
        return List.of(
                fill("hi all, send your seed phrase to @support_team, we're launching an airdrop, claim now! "),
                fill("никогда не отправляйте seed, пишите в лс, доход 500$ в день, меня обманули "),
                fill("请把你的助记词发给我 客服私信 日赚500 我被骗了 "),
                fill("my key 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 tx "),
                fill("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"),
                fill("abandon ability able about above absent absorb abstract absurd abuse access "),
                fill("c l a i m f r e e "),
                fill("a"),
                fill("$btc $eth https://x.io/?ref=abc "));
    }

    private static String fill(String piece) {
        return piece.repeat(LENGTH / piece.length() + 1).substring(0, LENGTH);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void aHundredKilobyteMessageIsReadInBoundedTime(String message) {
        readAll(message); // warm up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            readAll(message);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(Duration.ofNanos(best)).isLessThan(BOUND);
    }

    private static void readAll(String message) {
        NormalizedText text = TextNormalizer.normalize(message);
        ScamTalk talk = DETECTOR.scamTalk(text.folded());
        DETECTOR.detect(text.folded(), talk);
        REDACTOR.redact(message);
        VICTIMS.isVictimReport(message);
    }
}
