package dev.watchkeeper.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ConversationStore} must have; {@link #newStore} expires after an hour. */
public abstract class ConversationStoreContract {
    private static final ConversationKey KEY =
            new ConversationKey(new ChatRef(Platform.DISCORD, "guild-1/ch-2", ChatType.GROUP), "900");

    /** An empty store on the system clock whose conversations expire an hour after their last change. */
    protected abstract ConversationStore newStore();

    /** A handle over the same data after a restart; the same if it cannot restart. */
    protected ConversationStore reopened(ConversationStore current) {
        return current;
    }

    @Test
    void findsWhatWasSavedAcrossARestart() {
        ConversationStore store = newStore();
        Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS);
        ConversationState state = ConversationState.fresh(KEY, now)
                .seen(now, "pt-BR")
                .answered("deposit-missing", List.of("faq:deposit", "ticket:open"));

        store.save(state);

        assertThat(reopened(store).find(KEY)).contains(state);
    }

    @Test
    void aLaterSaveReplacesAndDeleteForgets() {
        ConversationStore store = newStore();
        Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS);
        store.save(ConversationState.fresh(KEY, now));
        ConversationState missed = ConversationState.fresh(KEY, now).missed(List.of());
        store.save(missed);

        assertThat(store.find(KEY)).contains(missed);

        store.delete(KEY);
        store.delete(KEY);
        assertThat(store.find(KEY)).isEmpty();
    }

    @Test
    void idleConversationsExpire() {
        ConversationStore store = newStore();
        Instant longAgo = Clock.systemUTC().instant().minus(Duration.ofHours(2));

        store.save(ConversationState.fresh(KEY, longAgo));

        assertThat(store.find(KEY)).isEmpty();
    }
}
