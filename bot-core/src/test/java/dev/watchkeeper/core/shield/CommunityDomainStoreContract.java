package dev.watchkeeper.core.shield;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The behaviour every {@link CommunityDomainStore} must have, seen through {@link CommunityDomains}. */
public abstract class CommunityDomainStoreContract {
    /** Empty lists. */
    protected abstract CommunityDomainStore newStore();

    /** A handle over the same lists after a restart; the same if it cannot restart. */
    protected CommunityDomainStore reopened(CommunityDomainStore current) {
        return current;
    }

    @Test
    void aRestartedBotKeepsTheCommunityLists() {
        CommunityDomainStore store = newStore();
        CommunityDomains before = new CommunityDomains(store);
        before.allow("https://Our-Exchange.com/login");
        before.deny("claim-airdrop.xyz");
        before.deny("wallet-sync.io");
        before.unlist("wallet-sync.io");

        CommunityDomains after = new CommunityDomains(reopened(store));

        assertThat(after.allowed()).containsExactly("our-exchange.com");
        assertThat(after.denied()).containsExactly("claim-airdrop.xyz");
        assertThat(after.lookup("app.our-exchange.com").status()).isEqualTo(DomainLists.Status.ALLOWED);
        assertThat(after.lookup("claim-airdrop.xyz").status()).isEqualTo(DomainLists.Status.DENIED);
    }

    @Test
    void allowingADeniedDomainTakesItOffTheDenyList() {
        CommunityDomainStore store = newStore();
        store.deny("example.org");
        store.allow("example.org");

        assertThat(reopened(store).allowed()).containsExactly("example.org");
        assertThat(reopened(store).denied()).isEmpty();
    }
}
