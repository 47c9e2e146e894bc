package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.Signal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShieldLearningTest {
    private final CommunityDomains community = new CommunityDomains();
    private final ShieldComponents components = ShieldFactory.create(ShieldOptions.defaults(), community);
    private final ShieldLearning learning = new ShieldLearning(components, community, Duration.ofHours(1));

    @AfterEach
    void close() {
        learning.close();
    }

    private void confirmScam(String text) {
        learning.learnScam(text, components.shield().registrableDomains(text));
    }

    @Test
    void aConfirmedScamDeniesItsOwnDomainsButNoSharedHost() {
        confirmScam("Airdrop! Register at https://docs.google.com/forms/d/e/1FAIpQL/viewform, "
                + "details https://bit.ly/3xYz, wallet check at https://claim-prize-now.xyz and "
                + "https://okx-drop.github.io");

        assertThat(community.denied()).containsExactlyInAnyOrder("claim-prize-now.xyz", "okx-drop.github.io");
    }

    @Test
    void laterLinksToTheSharedHostAreNotTreatedAsPhishing() {
        confirmScam("Fill in https://docs.google.com/forms/d/e/1FAIpQL/viewform to get your airdrop, read "
                + "https://medium.com/@scammer/airdrop first");

        assertThat(community.lookup("drive.google.com").status()).isEqualTo(DomainLists.Status.UNKNOWN);
        assertThat(components
                        .shield()
                        .check(ScamInput.text("The AMA notes are at https://docs.google.com/document/d/abc"))
                        .reasons())
                .noneSatisfy(reason -> assertThat(reason.signal()).isEqualTo(Signal.PHISHING_DOMAIN));
    }

    @Test
    void aModeratorsDismissalKeepsTheSameTextFromBeingFlaggedAgain() {
        String text = "hi all, new here. join my group t.me/cryptofriends_chat for daily signals";
        boolean flaggedBefore =
                components.shield().check(ScamInput.text(text)).verdict() != dev.watchkeeper.core.shield.Verdict.CLEAN;

        learning.learnHam(text);

        assertThat(components.shield().check(ScamInput.text(text)).verdict())
                .isEqualTo(dev.watchkeeper.core.shield.Verdict.CLEAN);
        assertThat(flaggedBefore)
                .as("the text was flagged before the dismissal")
                .isTrue();
    }
}
