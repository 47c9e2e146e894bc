package dev.watchkeeper.core.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.store.StoreUnavailableException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityDomainsTest {

    @Test
    void startsEmptyWhileItsStoreIsAwayAndLoadsTheListsOnReload() {
        InMemoryCommunityDomainStore stored = new InMemoryCommunityDomainStore();
        stored.deny("wallet-rectify.top");
        AwayAtFirst store = new AwayAtFirst(stored);

        CommunityDomains domains = new CommunityDomains(store);
        assertThat(domains.denied()).isEmpty();

        store.back = true;
        domains.reload();
        assertThat(domains.denied()).containsExactly("wallet-rectify.top");
    }

    /** A store that is away until {@link #back}. */
    private static final class AwayAtFirst implements CommunityDomainStore {
        private final CommunityDomainStore store;
        private boolean back;

        AwayAtFirst(CommunityDomainStore store) {
            this.store = store;
        }

        private CommunityDomainStore reachable() {
            if (!back) {
                throw new StoreUnavailableException("domain lists", new IllegalStateException("outage"));
            }
            return store;
        }

        @Override
        public Set<String> allowed() {
            return reachable().allowed();
        }

        @Override
        public Set<String> denied() {
            return reachable().denied();
        }

        @Override
        public void allow(String domain) {
            reachable().allow(domain);
        }

        @Override
        public void deny(String domain) {
            reachable().deny(domain);
        }

        @Override
        public void unlist(String domain) {
            reachable().unlist(domain);
        }
    }
}
