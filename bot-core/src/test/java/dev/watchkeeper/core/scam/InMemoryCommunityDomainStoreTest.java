package dev.watchkeeper.core.scam;

class InMemoryCommunityDomainStoreTest extends CommunityDomainStoreContract {
    @Override
    protected CommunityDomainStore newStore() {
        return new InMemoryCommunityDomainStore();
    }
}
