package dev.watchkeeper.core.shield;

/** The signals that can contribute to a verdict; each {@link ScamReason} names one. */
public enum Signal {
    SEED_PHRASE,
    PRIVATE_KEY,
    PHISHING_DOMAIN,
    LOOKALIKE_DOMAIN,
    BAIT_DOMAIN,
    LINK_SHORTENER,
    FOREIGN_INVITE,
    SECRET_REQUEST,
    CONTACT_REDIRECT,
    FAKE_SUPPORT,
    TOO_GOOD_TO_BE_TRUE,
    EARNINGS_PROMISE,
    JOB_SPAM,
    AIRDROP_SPAM,
    ADULT_OR_ILLEGAL,
    PROMOTION,
    /** An advert for goods, services or events that have nothing to do with the community. */
    OFF_TOPIC_ADVERT,
    DISGUISED_TEXT,
    IMPERSONATION,
    MASS_MENTION,
    NEAR_DUPLICATE,
    CLASSIFIER,
    NEW_MEMBER;

    /**
     * True for the signals the learned combination weighs. Not learned: leaked secrets (always
     * removed), the text model itself and the new-member note (inputs of their own), and the
     * {@linkplain #isContext() context signals}, which count as independent evidence on top.
     */
    public boolean isLearned() {
        return !isSecret() && !isContext() && this != CLASSIFIER && this != NEW_MEMBER;
    }

    /**
     * True for the signals that come from knowledge outside the message's words: the community's
     * context (a near-copy of a confirmed scam, a name impersonating staff, mass mentions) and the
     * curated domain lists and protected brands (a listed phishing domain, a look-alike of a
     * protected domain). Labelled messages rarely show them, so they count as independent evidence
     * on top of the learned model's probability.
     */
    public boolean isContext() {
        return this == NEAR_DUPLICATE
                || this == IMPERSONATION
                || this == MASS_MENTION
                || this == PHISHING_DOMAIN
                || this == LOOKALIKE_DOMAIN;
    }

    /** True for the signals that mean the author leaked a secret of their own. */
    public boolean isSecret() {
        return this == SEED_PHRASE || this == PRIVATE_KEY;
    }
}
