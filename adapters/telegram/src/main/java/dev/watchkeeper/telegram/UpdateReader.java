package dev.watchkeeper.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.watchkeeper.core.bot.FailureLog;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads one update from the Bot API's JSON so that a malformed field costs that field, not the
 * update and never the batch: entities whose range falls outside their text are clamped or
 * dropped (the client's objects would throw when asked for them), a chat without a type is told by
 * its id, fields this client does not
 * know are ignored, and an update the client cannot bind at all is read again from its message's
 * plain parts (chat, sender, text or caption), so the scam shield still sees what it says.
 * Every such repair is logged once per kind with the update's id ({@link FailureLog}). Thread-safe.
 */
final class UpdateReader {
    private static final List<String> MESSAGE_FIELDS =
            List.of("message", "edited_message", "business_message", "edited_business_message");
    private static final List<String> PLAIN_MESSAGE_FIELDS =
            List.of("message_id", "date", "edit_date", "message_thread_id", "is_topic_message", "text", "caption");

    private final ObjectMapper json;
    private final FailureLog failures;

    UpdateReader() {
        this(new FailureLog(LoggerFactory.getLogger(UpdateReader.class)));
    }

    UpdateReader(FailureLog failures) {
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.failures = failures;
    }

    /** The update's id, when the node has a numeric one. */
    static OptionalLong id(JsonNode update) {
        JsonNode id = update.get("update_id");
        return id != null && id.canConvertToLong() ? OptionalLong.of(id.asLong()) : OptionalLong.empty();
    }

    /** Parses a whole body (a webhook post); empty when it is not JSON or not an update. */
    Optional<Update> read(byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        return node == null || !node.isObject() || id(node).isEmpty() ? Optional.empty() : read(node);
    }

    /** The update the node holds, repaired where it can be; empty when nothing of it can be read. */
    Optional<Update> read(JsonNode node) {
        String id = id(node).isPresent() ? Long.toString(id(node).getAsLong()) : "?";
        ObjectNode update = node.deepCopy();
        for (String field : MESSAGE_FIELDS) {
            if (update.get(field) instanceof ObjectNode message) {
                repairMessage(message, id);
            }
        }
        try {
            return Optional.of(json.treeToValue(update, Update.class));
        } catch (Exception e) {
            failures.failed("reading a Telegram update (read again from its plain parts)", id, e);
        }
        try {
            return Optional.of(json.treeToValue(plain(update), Update.class));
        } catch (Exception e) {
            failures.failed("reading the plain parts of a Telegram update (skipped)", id, e);
            return Optional.empty();
        }
    }

    private void repairMessage(ObjectNode message, String id) {
        if (message.get("chat") instanceof ObjectNode chat
                && !chat.path("type").isTextual()
                && chat.path("id").canConvertToLong()) {
            // Users' private chats have positive ids, groups negative.
            chat.put("type", chat.get("id").asLong() > 0 ? "private" : "supergroup");
            failures.repaired("a Telegram chat without a type (told by its id)", id);
        }
        repairEntities(message, "text", "entities", id);
        repairEntities(message, "caption", "caption_entities", id);
        if (message.get("reply_to_message") instanceof ObjectNode replied) {
            repairEntities(replied, "text", "entities", id);
            repairEntities(replied, "caption", "caption_entities", id);
        }
    }

    /** Offsets and lengths count UTF-16 code units, as Java strings do. */
    private void repairEntities(ObjectNode message, String textField, String entitiesField, String id) {
        if (!(message.get(entitiesField) instanceof ArrayNode entities)) {
            return;
        }
        JsonNode textNode = message.get(textField);
        int length =
                textNode != null && textNode.isTextual() ? textNode.asText().length() : 0;
        ArrayNode kept = json.createArrayNode();
        boolean repaired = false;
        for (JsonNode entity : entities) {
            JsonNode offset = entity.get("offset");
            JsonNode size = entity.get("length");
            if (!entity.isObject()
                    || offset == null
                    || !offset.canConvertToInt()
                    || size == null
                    || !size.canConvertToInt()) {
                repaired = true;
                continue;
            }
            int from = offset.asInt();
            int to = from + size.asInt();
            if (from < 0 || size.asInt() < 0 || from > length) {
                repaired = true;
                continue;
            }
            if (to > length || to < from) {
                ObjectNode clamped = entity.deepCopy();
                clamped.put("length", length - from);
                kept.add(clamped);
                repaired = true;
                continue;
            }
            kept.add(entity);
        }
        if (repaired) {
            message.set(entitiesField, kept);
            failures.repaired("a Telegram message's entities outside their text (clamped or dropped)", id);
        }
    }

    /** The update with only the plain parts of its message: what a member wrote, where and as whom. */
    private ObjectNode plain(ObjectNode update) {
        ObjectNode out = json.createObjectNode();
        out.set("update_id", update.get("update_id"));
        for (String field : MESSAGE_FIELDS) {
            if (update.get(field) instanceof ObjectNode message) {
                out.set(field, plainMessage(message));
            }
        }
        return out;
    }

    private ObjectNode plainMessage(ObjectNode message) {
        ObjectNode out = json.createObjectNode();
        for (String field : PLAIN_MESSAGE_FIELDS) {
            JsonNode value = message.get(field);
            if (value != null && (value.isValueNode())) {
                out.set(field, value);
            }
        }
        if (message.get("chat") instanceof ObjectNode chat && chat.path("id").canConvertToLong()) {
            ObjectNode plainChat = out.putObject("chat");
            plainChat.put("id", chat.get("id").asLong());
            if (chat.path("type").isTextual()) {
                plainChat.put("type", chat.get("type").asText());
            }
        }
        if (message.get("from") instanceof ObjectNode from && from.path("id").canConvertToLong()) {
            ObjectNode plainFrom = out.putObject("from");
            plainFrom.put("id", from.get("id").asLong());
            plainFrom.put("is_bot", from.path("is_bot").asBoolean(false));
            plainFrom.put("first_name", from.path("first_name").asText(""));
            if (from.path("username").isTextual()) {
                plainFrom.put("username", from.get("username").asText());
            }
        }
        return out;
    }
}
