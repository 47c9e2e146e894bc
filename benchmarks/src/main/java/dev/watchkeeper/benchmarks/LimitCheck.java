package dev.watchkeeper.benchmarks;

import dev.watchkeeper.telegram.FakeBotApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Telegram's outbound limits checked on the messages a fake Bot API server recorded: at most one a
 * second in a chat, twenty a minute in a group (negative chat id), thirty a second overall. The
 * windows are shortened by {@link #JITTER}, since the server sees a send a little after the
 * limiter allowed it. Deletes, bans and other calls that are not messages are not limited.
 */
final class LimitCheck {
    static final Duration JITTER = Duration.ofMillis(100);
    private static final Duration SECOND = Duration.ofSeconds(1).minus(JITTER);
    private static final Duration MINUTE = Duration.ofMinutes(1).minus(JITTER);

    private LimitCheck() {}

    /** The worst window of each kind, and whether each stayed within its limit. */
    record Result(
            int messages,
            int chats,
            int worstChatPerSecond,
            int worstGroupPerMinute,
            int worstOverallPerSecond,
            String closestInChat) {
        boolean held() {
            return worstChatPerSecond <= 1 && worstGroupPerMinute <= 20 && worstOverallPerSecond <= 30;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d messages sent to %d chats; most in a chat in any %d ms: %d (limit 1); most in a group in"
                            + " any %d s: %d (limit 20); most overall in any %d ms: %d (limit 30): limits %s;"
                            + " closest two messages in one chat: %s",
                    messages,
                    chats,
                    SECOND.toMillis(),
                    worstChatPerSecond,
                    MINUTE.toSeconds(),
                    worstGroupPerMinute,
                    SECOND.toMillis(),
                    worstOverallPerSecond,
                    held() ? "held" : "BROKEN",
                    closestInChat);
        }
    }

    static Result of(List<FakeBotApi.Call> calls) {
        List<Long> overall = new ArrayList<>();
        Map<String, List<Long>> byChat = new HashMap<>();
        Map<String, FakeBotApi.Call> previous = new HashMap<>();
        long closest = Long.MAX_VALUE;
        String closestInChat = "none";
        for (FakeBotApi.Call call : calls.stream()
                .sorted(Comparator.comparingLong(FakeBotApi.Call::at))
                .toList()) {
            if (isMessage(call.method())) {
                overall.add(call.at());
                byChat.computeIfAbsent(call.chatId(), c -> new ArrayList<>()).add(call.at());
                FakeBotApi.Call before = previous.put(call.chatId(), call);
                if (before != null && call.at() - before.at() < closest) {
                    closest = call.at() - before.at();
                    closestInChat = String.format(
                            "%d ms apart in chat %s (%s, then %s)",
                            closest / 1_000_000, call.chatId(), before.method(), call.method());
                }
            }
        }
        int chat = 0;
        int group = 0;
        for (Map.Entry<String, List<Long>> sent : byChat.entrySet()) {
            chat = Math.max(chat, mostIn(sent.getValue(), SECOND));
            if (sent.getKey().startsWith("-")) {
                group = Math.max(group, mostIn(sent.getValue(), MINUTE));
            }
        }
        return new Result(overall.size(), byChat.size(), chat, group, mostIn(overall, SECOND), closestInChat);
    }

    private static boolean isMessage(String method) {
        return method.startsWith("send") || method.equals("copymessage") || method.equals("forwardmessage");
    }

    /** The most instants (nanoTime) that fall in one window of this length. */
    private static int mostIn(List<Long> instants, Duration window) {
        List<Long> sorted = instants.stream().sorted().toList();
        int most = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to) - sorted.get(from) >= window.toNanos()) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }
}
