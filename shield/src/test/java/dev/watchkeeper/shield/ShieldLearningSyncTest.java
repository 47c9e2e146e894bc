package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.InMemoryCommunityDomainStore;
import dev.watchkeeper.core.shield.InMemoryLearnedSamples;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.Signal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances sharing one store: what a moderator teaches one reaches the other on its next sync. */
class ShieldLearningSyncTest {
    private static final String SCAM =
            "Congratulations! Your wallet won 5000 USDT, verify at claim-prize-now.xyz within 24h";

    private final InMemoryLearnedSamples samples = new InMemoryLearnedSamples();
    private final InMemoryCommunityDomainStore domains = new InMemoryCommunityDomainStore();
    private final Instance first = new Instance();
    private final Instance second = new Instance();

    private final class Instance {
        final CommunityDomains community = new CommunityDomains(domains);
        final ShieldComponents shield = ShieldFactory.create(ShieldOptions.defaults(), community);
        final ShieldLearning learning = new ShieldLearning(shield, community, Duration.ofHours(1), samples);
    }

    @AfterEach
    void close() {
        first.learning.close();
        second.learning.close();
    }

    @Test
    void aScamConfirmedOnOneInstanceIsKnownToTheOtherAfterItsSync() {
        first.learning.learnScam(SCAM, Set.of("claim-prize-now.xyz"));
        assertThat(second.community.lookup("claim-prize-now.xyz").status()).isNotEqualTo(DomainLists.Status.DENIED);

        second.learning.sync();

        assertThat(second.community.lookup("claim-prize-now.xyz").status()).isEqualTo(DomainLists.Status.DENIED);
        assertThat(second.shield.shield().check(ScamInput.text(SCAM)).reasons())
                .anySatisfy(reason -> assertThat(reason.signal()).isEqualTo(Signal.NEAR_DUPLICATE));
    }

    @Test
    void aDomainUnlistedOnOneInstanceIsDroppedByTheOtherAfterItsSync() {
        first.community.deny("bad.example");
        second.learning.sync();
        assertThat(second.community.lookup("bad.example").status()).isEqualTo(DomainLists.Status.DENIED);

        first.community.unlist("bad.example");
        second.learning.sync();

        assertThat(second.community.lookup("bad.example").status()).isNotEqualTo(DomainLists.Status.DENIED);
    }

    @Test
    void syncingTwiceTakesNothingInTwice() {
        first.learning.learnHam("when does the withdrawal arrive?");
        second.learning.sync();
        int samplesAfterFirst = second.shield.classifier().sampleCount();

        second.learning.sync();

        assertThat(second.shield.classifier().sampleCount()).isEqualTo(samplesAfterFirst);
    }
}
