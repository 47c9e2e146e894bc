package dev.watchkeeper.core.shield;

class InMemoryCommunityDomainStoreTest extends CommunityDomainStoreContract {
    @Override
    protected CommunityDomainStore newStore() {
        return new InMemoryCommunityDomainStore();
    }
}
