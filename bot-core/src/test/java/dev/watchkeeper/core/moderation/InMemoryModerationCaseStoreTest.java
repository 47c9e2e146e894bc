package dev.watchkeeper.core.moderation;

class InMemoryModerationCaseStoreTest extends ModerationCaseStoreContract {
    @Override
    protected ModerationCaseStore newStore() {
        return new InMemoryModerationCaseStore();
    }
}
