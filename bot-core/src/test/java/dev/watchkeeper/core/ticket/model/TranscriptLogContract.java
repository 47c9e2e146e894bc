package dev.watchkeeper.core.ticket.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link TranscriptLog} must have; {@link #newLog} keeps 3 turns. */
public abstract class TranscriptLogContract {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");
    private static final ConversationKey ALICE =
            new ConversationKey(new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE), "42");
    private static final ConversationKey ALICE_GROUP =
            new ConversationKey(new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP), "42");

    /** An empty log keeping at most 3 turns per conversation. */
    protected abstract TranscriptLog newLog();

    /** A handle over the same data after a restart; the same if it cannot restart. */
    protected TranscriptLog reopened(TranscriptLog current) {
        return current;
    }

    private static Turn turn(String text, int minute) {
        return new Turn(Turn.Speaker.MEMBER, text, null, T.plusSeconds(60L * minute));
    }

    @Test
    void keepsTheLatestTurnsOldestFirst() {
        TranscriptLog log = newLog();
        for (int i = 1; i <= 5; i++) {
            log.append(ALICE, turn("message " + i, i));
        }

        assertThat(reopened(log).recent(ALICE))
                .extracting(Turn::text)
                .containsExactly("message 3", "message 4", "message 5");
    }

    @Test
    void findsConversationsOfAMemberAndForgetsThem() {
        TranscriptLog log = newLog();
        log.append(ALICE, turn("hi", 1));
        log.append(ALICE_GROUP, new Turn(Turn.Speaker.BOT, "hello", "deposit-missing", T));

        assertThat(log.conversationsOf(new AccountId(Platform.TELEGRAM, "42")))
                .containsExactlyInAnyOrder(ALICE, ALICE_GROUP);
        assertThat(log.recent(ALICE_GROUP).getFirst().entryId()).isEqualTo("deposit-missing");

        log.forget(ALICE);

        assertThat(log.recent(ALICE)).isEmpty();
        assertThat(log.conversationsOf(new AccountId(Platform.TELEGRAM, "42"))).containsExactly(ALICE_GROUP);
    }

    @Test
    void purgesTurnsBeforeACutoff() {
        TranscriptLog log = newLog();
        log.append(ALICE, turn("old", 1));
        log.append(ALICE, turn("new", 10));
        log.append(ALICE_GROUP, turn("old too", 2));

        assertThat(log.purgeBefore(T.plusSeconds(60L * 5))).isEqualTo(2);
        assertThat(log.recent(ALICE)).extracting(Turn::text).containsExactly("new");
        assertThat(log.conversationsOf(new AccountId(Platform.TELEGRAM, "42"))).containsExactly(ALICE);
    }
}
