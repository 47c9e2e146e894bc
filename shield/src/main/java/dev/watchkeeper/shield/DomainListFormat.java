package dev.watchkeeper.shield;

/** The formats of public phishing-domain lists that {@link DomainListParser} reads. */
public enum DomainListFormat {
    /** MetaMask eth-phishing-detect {@code config.json}: whitelist, blacklist, fuzzylist, tolerance. */
    METAMASK,
    /** polkadot-js/phishing {@code all.json}: allow and deny. */
    POLKADOT,
    /** nikolaischunk/discord-phishing-links {@code domain-list.json}: {@code {"domains": [...]}}. */
    DISCORD,
    /** One domain per line, {@code #} comments, hosts-file lines ({@code 0.0.0.0 host}) accepted. */
    PLAIN,
    /** Any of the above, recognised by the content. */
    AUTO
}
