package dev.watchkeeper.redis.bot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.redis.JsonCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decisions as versioned JSON, for handing them between instances: {@code
 * {"v":1,"type":"SendPrivate","to":{…},…}}. The {@code type} is the record's simple name; every
 * type the sealed {@link Decision} permits is known, so a new decision type is covered without
 * listing it here. Fields follow {@link JsonCodec}'s rules (by name, nulls left out, unknown fields
 * ignored; durations as ISO-8601 text; ticket, case and incident ids as text). A decision of a newer format
 * version is refused. Thread-safe.
 */
public final class DecisionJson {
    /** The format version written now. */
    public static final int VERSION = 1;

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface TypedDecision {}

    /**
     * Ticket, case and incident ids as they are shown ({@code "WK-1042"}), the format decisions
     * have always had.
     */
    private abstract static class IdAsText {
        @JsonValue
        String value;

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        IdAsText(String value) {}
    }

    private final JsonMapper mapper;

    public DecisionJson(JsonCodec codec) {
        this.mapper = codec.mapper()
                .rebuild()
                .addMixIn(Decision.class, TypedDecision.class)
                .addMixIn(TicketId.class, IdAsText.class)
                .addMixIn(CaseId.class, IdAsText.class)
                .addMixIn(IncidentId.class, IdAsText.class)
                .registerSubtypes(Arrays.stream(Decision.class.getPermittedSubclasses())
                        .map(type -> new NamedType(type, type.getSimpleName()))
                        .toArray(NamedType[]::new))
                .disable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
    }

    /** One decision as versioned JSON. */
    public String write(Decision decision) {
        return mapper.writeValueAsString(tree(decision));
    }

    /** Decisions, in order, as a JSON array of versioned decisions. */
    public String writeAll(List<Decision> decisions) {
        ArrayNode array = mapper.createArrayNode();
        decisions.forEach(decision -> array.add(tree(decision)));
        return mapper.writeValueAsString(array);
    }

    /** Reads a decision written by this or an earlier version. */
    public Decision read(String json) {
        return read(mapper.readTree(json));
    }

    /** Reads an array written by {@link #writeAll}. */
    public List<Decision> readAll(String json) {
        JsonNode array = mapper.readTree(json);
        if (!array.isArray()) {
            throw new IllegalArgumentException("not a list of decisions");
        }
        List<Decision> decisions = new ArrayList<>(array.size());
        array.forEach(node -> decisions.add(read(node)));
        return decisions;
    }

    private ObjectNode tree(Decision decision) {
        ObjectNode fields = mapper.valueToTree(decision);
        ObjectNode versioned = mapper.createObjectNode().put("v", VERSION);
        versioned.setAll(fields);
        return versioned;
    }

    private Decision read(JsonNode node) {
        int version = node.path("v").asInt(0);
        if (version != VERSION) {
            throw new IllegalStateException("decision has format version " + version + "; this build reads " + VERSION
                    + " (upgrade Watchkeeper)");
        }
        return mapper.treeToValue(node, Decision.class);
    }
}
