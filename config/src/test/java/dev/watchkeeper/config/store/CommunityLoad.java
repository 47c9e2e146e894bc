package dev.watchkeeper.config.store;

import dev.watchkeeper.telegram.FakeBotApi;
import dev.watchkeeper.telegram.Updates;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Telegram community's traffic pushed to the fake Bot API, one update a round: mostly members
 * asking in private (each in a chat of their own), and every twentieth round in turn a question to the
 * bot in a group, a seed-phrase scam in a group, or a member asking for a human. Remembers what
 * each update should make the bot do. Not thread-safe: one pushing thread.
 */
final class CommunityLoad {
    static final long STAFF_CHAT = -1002;
    static final long MODERATION_CHAT = -1003;
    static final List<Long> GROUPS = List.of(-1001L, -1004L, -1005L);
    static final String SCAM =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";

    /** What an update should lead to: a message to its chat (quoting it in a group), or its deletion. */
    enum Effect {
        ANSWER_IN_PRIVATE,
        ANSWER_IN_GROUP,
        DELETED,
        TICKET_OPENED
    }

    /** An update pushed, and what it should make the bot do. */
    record Pushed(int updateId, long chat, int messageId, Effect effect) {}

    private final FakeBotApi api;
    private final Random random;
    private final List<Pushed> pushed = new CopyOnWriteArrayList<>();
    private long nextMember = 10_000;
    private int round;

    CommunityLoad(FakeBotApi api, Random random) {
        this.api = api;
        this.random = random;
    }

    /** Pushes the next round's update. */
    void next() {
        long member = nextMember++;
        Map<String, Object> from = FakeBotApi.user(member, "Member", "member" + member, false);
        round++;
        // Groups take 20 messages a minute: more group traffic would only queue up, not test more.
        if (round % 20 != 0) {
            push(member, from, Effect.ANSWER_IN_PRIVATE, "my deposit has not arrived");
            return;
        }
        long group = GROUPS.get(random.nextInt(GROUPS.size()));
        switch (round / 20 % 3) {
            case 0 -> push(group, from, Effect.ANSWER_IN_GROUP, "@watchkeeper my deposit has not arrived");
            case 1 -> push(group, from, Effect.DELETED, SCAM);
            default -> push(member, from, Effect.TICKET_OPENED, "/human");
        }
    }

    private void push(long chat, Map<String, Object> from, Effect effect, String text) {
        Map<String, Object> update = Updates.message(chat, from, text);
        int messageId = ((Number) ((Map<?, ?>) update.get("message")).get("message_id")).intValue();
        pushed.add(new Pushed(api.push(update), chat, messageId, effect));
    }

    List<Pushed> pushed() {
        return List.copyOf(pushed);
    }
}
