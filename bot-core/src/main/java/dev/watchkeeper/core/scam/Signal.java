package dev.watchkeeper.core.scam;

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

    /** True for the signals that mean the author leaked a secret of their own. */
    public boolean isSecret() {
        return this == SEED_PHRASE || this == PRIVATE_KEY;
    }
}
