package dev.watchkeeper.core.assembly;

import dev.watchkeeper.core.moderation.ScamLearning;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.FakeRegistrableDomains;
import dev.watchkeeper.core.shield.MinHashConfirmedScams;
import dev.watchkeeper.core.shield.ScamClassifier;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.core.shield.ShieldSettings;
import dev.watchkeeper.core.shield.TestEvidenceModels;
import dev.watchkeeper.core.shield.text.FallbackSkeleton;
import java.util.Set;

/** A scam shield from the core's own parts (no trained model, no bundled lists), for tests of other features. */
public final class TestShields {
    private TestShields() {}

    /** The core's shield with {@code settings}, reading the community's lists from {@code domains}. */
    public static ScamShield shield(ShieldSettings settings, CommunityDomains domains) {
        return new ScamShield(
                settings,
                new FallbackSkeleton(),
                new FakeRegistrableDomains(),
                DomainLists.firstOf(domains, DomainLists.none()),
                ScamClassifier.none(),
                new MinHashConfirmedScams(),
                new MinHashConfirmedScams(),
                TestEvidenceModels.uniform());
    }

    /** The core's shield, with the bundled secret redactor, learning nothing. */
    public static ShieldParts coreOnly() {
        CommunityDomains domains = new CommunityDomains();
        ScamShield shield = shield(ShieldSettings.defaults(), domains);
        ScamLearning nothing = new ScamLearning() {
            @Override
            public void learnScam(String redactedText, Set<String> linked) {}

            @Override
            public void learnHam(String redactedText) {}
        };
        return new ShieldParts(shield, SecretRedactor.bundled(), nothing, domains);
    }
}
