package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.ScamCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalScamWarmupTest {
    @Test
    void aFileOfShortMessagesIsWarmedUpWithAboutTwentyThousandChecks() {
        List<ScamCase> cases = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            cases.add(new ScamCase("join our vip pump group, dm me " + i, true));
        }

        assertThat(EvalScamCommand.warmupRounds(cases)).isEqualTo(250);
    }

    @Test
    void aHundredKilobyteMessageBoundsTheWarmUpByCharacters() {
        List<ScamCase> cases = List.of(new ScamCase("a".repeat(100_000), true), new ScamCase("hello", false));

        // 10,000 rounds by count alone would judge the long message 10,000 times: minutes
        assertThat(EvalScamCommand.warmupRounds(cases)).isEqualTo(99);
    }

    @Test
    void atLeastOneRound() {
        assertThat(EvalScamCommand.warmupRounds(List.of(new ScamCase("x".repeat(20_000_000), true))))
                .isEqualTo(1);
    }
}
