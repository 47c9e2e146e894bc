package dev.watchkeeper.telegram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bot API update contents as Telegram sends them, for the fake server's queue. */
public final class Updates {
    private static int nextMessageId = 100;

    private Updates() {}

    public static Map<String, Object> message(long chat, Map<String, Object> from, String text) {
        return Map.of("message", messageBody(chat, from, text, Map.of()));
    }

    static Map<String, Object> message(long chat, Map<String, Object> from, String text, Map<String, Object> extra) {
        return Map.of("message", messageBody(chat, from, text, extra));
    }

    static Map<String, Object> edited(long chat, Map<String, Object> from, String text, int messageId) {
        return Map.of(
                "edited_message",
                messageBody(chat, from, text, Map.of("message_id", messageId, "edit_date", 1_700_000_100)));
    }

    static Map<String, Object> inTopic(long chat, int topic, Map<String, Object> from, String text) {
        return message(
                chat,
                from,
                text,
                Map.of(
                        "message_thread_id",
                        topic,
                        "is_topic_message",
                        true,
                        "reply_to_message",
                        Map.of(
                                "message_id",
                                topic,
                                "date",
                                1_700_000_000,
                                "chat",
                                FakeBotApi.chat(chat),
                                "from",
                                FakeBotApi.user(FakeBotApi.BOT_ID, "Watchkeeper", FakeBotApi.BOT_USERNAME, true),
                                "forum_topic_created",
                                Map.of("name", "WK", "icon_color", 0))));
    }

    static Map<String, Object> press(long chat, int messageId, Map<String, Object> from, String action) {
        return Map.of(
                "callback_query",
                Map.of(
                        "id",
                        "cb" + (nextMessageId++),
                        "from",
                        from,
                        "chat_instance",
                        "ci",
                        "data",
                        action,
                        "message",
                        Map.of(
                                "message_id",
                                messageId,
                                "date",
                                1_700_000_000,
                                "chat",
                                FakeBotApi.chat(chat),
                                "text",
                                "…")));
    }

    static synchronized Map<String, Object> messageBody(
            long chat, Map<String, Object> from, String text, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("message_id", nextMessageId++);
        body.put("date", 1_700_000_000);
        body.put("chat", FakeBotApi.chat(chat));
        body.put("from", from);
        body.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            body.put("entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", end)));
        }
        body.putAll(extra);
        return body;
    }
}
