package dev.watchkeeper.config.store;

import dev.watchkeeper.config.store.CommunityLoad.Pushed;
import dev.watchkeeper.telegram.FakeBotApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the fake Bot API received, read as the actions the bot carried out: which pushed updates got
 * their effect, and which actions were carried out more than once (the same method, chat, message,
 * text and quoted message).
 */
record CarriedOut(List<FakeBotApi.Call> actions) {
    private static final Set<String> ACTIONS = Set.of(
            "sendmessage",
            "deletemessage",
            "createforumtopic",
            "banchatmember",
            "restrictchatmember",
            "editmessagetext",
            "editmessagereplymarkup");

    static CarriedOut of(FakeBotApi api) {
        return new CarriedOut(
                api.calls().stream().filter(c -> ACTIONS.contains(c.method())).toList());
    }

    /** The pushed updates whose effect is not among the actions. */
    List<Pushed> missing(List<Pushed> pushed) {
        List<Pushed> missing = new ArrayList<>();
        for (Pushed update : pushed) {
            if (actions.stream().noneMatch(call -> isEffectOf(call, update))) {
                missing.add(update);
            }
        }
        return missing;
    }

    /** Actions carried out again: each repeat of an earlier identical one counts. */
    Map<String, Integer> repeats() {
        Map<String, Integer> seen = new HashMap<>();
        for (FakeBotApi.Call call : actions) {
            seen.merge(key(call), 1, Integer::sum);
        }
        Map<String, Integer> repeats = new HashMap<>();
        seen.forEach((key, times) -> {
            if (times > 1) {
                repeats.put(key, times - 1);
            }
        });
        return repeats;
    }

    private static boolean isEffectOf(FakeBotApi.Call call, Pushed update) {
        if (!call.chatId().equals(Long.toString(update.chat()))) {
            return false;
        }
        return switch (update.effect()) {
            case ANSWER_IN_PRIVATE, TICKET_OPENED -> call.method().equals("sendmessage");
            case ANSWER_IN_GROUP ->
                call.method().equals("sendmessage") && Objects.equals(quoted(call), update.messageId());
            case DELETED ->
                call.method().equals("deletemessage")
                        && String.valueOf(call.params().get("message_id")).equals(Integer.toString(update.messageId()));
        };
    }

    private static Object quoted(FakeBotApi.Call call) {
        return call.params().get("reply_parameters") instanceof Map<?, ?> reply && reply.get("message_id") != null
                ? Integer.valueOf(String.valueOf(reply.get("message_id")))
                : null;
    }

    private static String key(FakeBotApi.Call call) {
        Map<String, Object> p = call.params();
        return String.join(
                "|",
                call.method(),
                call.chatId(),
                String.valueOf(p.get("message_id")),
                String.valueOf(p.get("user_id")),
                String.valueOf(p.get("text")),
                String.valueOf(p.get("name")),
                String.valueOf(quoted(call)));
    }
}
