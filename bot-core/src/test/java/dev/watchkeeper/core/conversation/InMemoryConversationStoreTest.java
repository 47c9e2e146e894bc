package dev.watchkeeper.core.conversation;

import java.time.Clock;
import java.time.Duration;

class InMemoryConversationStoreTest extends ConversationStoreContract {
    @Override
    protected ConversationStore newStore() {
        return new InMemoryConversationStore(Duration.ofHours(1), Clock.systemUTC());
    }
}
