package dev.watchkeeper.core.assembly;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.moderation.ScamLearning;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.SecretRedactor;

/**
 * The scam feature's parts that moderation acts with, built outside the core (the {@code shield}
 * module loads the models and lists they need).
 *
 * @param shield screens every message
 * @param redactor removes secrets from texts before they are stored or shown
 * @param learning what moderators' verdicts teach the shield
 * @param communityDomains the community's own allow and deny lists of domains
 */
public record ShieldParts(
        ScamShield shield, SecretRedactor redactor, ScamLearning learning, CommunityDomains communityDomains) {
    public ShieldParts {
        requireNonNull(shield, "shield");
        requireNonNull(redactor, "redactor");
        requireNonNull(learning, "learning");
        requireNonNull(communityDomains, "communityDomains");
    }
}
