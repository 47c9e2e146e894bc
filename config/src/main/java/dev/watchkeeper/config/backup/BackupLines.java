package dev.watchkeeper.config.backup;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.backup.BackupCounts;
import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.faq.VoteCounts;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.redis.JsonCodec;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One backup record as one line of JSON and back: {@code {"type":"ticket", …the ticket's fields}}
 * with the field names and shapes the Redis store keeps its values in ({@link JsonCodec}), without
 * its version field, and maps sorted by key (vote counts by entry id). The file's first line is a {@linkplain #header header} and its last an
 * {@linkplain #end end} line. Thread-safe.
 */
public final class BackupLines {
    /** The format version written now. */
    public static final int FORMAT = 1;

    static final String HEADER = "watchkeeper-backup";
    static final String END = "end";

    private final JsonMapper mapper = new JsonCodec()
            .mapper()
            .rebuild()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** The first line: what the file is, its format version and when it was written. */
    public String header(Instant exportedAt) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", HEADER);
        node.put("format", FORMAT);
        node.put("exportedAt", exportedAt.toString());
        return node.toString();
    }

    /** The last line: how many records of each kind came before it, so that a cut file is noticed. */
    public String end(BackupCounts counts) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", END);
        node.setAll((ObjectNode) mapper.valueToTree(counts));
        return node.toString();
    }

    /** The record as one line (no line break in it: line breaks in texts are escaped). */
    public String write(BackupRecord record) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", typeOf(record));
        JsonNode value =
                switch (record) {
                    case BackupRecord.TicketRecord r -> mapper.valueToTree(r.ticket());
                    case BackupRecord.TranscriptRecord r -> mapper.valueToTree(r);
                    case BackupRecord.CaseRecord r -> mapper.valueToTree(r.moderationCase());
                    case BackupRecord.AuditRecord r -> mapper.valueToTree(r.entry());
                    case BackupRecord.VotesRecord r -> mapper.valueToTree(r.counts());
                    case BackupRecord.IncidentRecord r -> mapper.valueToTree(r);
                };
        node.setAll((ObjectNode) value);
        return node.toString();
    }

    /**
     * Reads one line of a file.
     *
     * @throws BackupFormatException when it is not JSON, has no known type or is not a valid record
     */
    public Line read(String line) {
        JsonNode parsed;
        try {
            parsed = mapper.readTree(line);
        } catch (JacksonException e) {
            throw new BackupFormatException("not JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof ObjectNode node)) {
            throw new BackupFormatException("not a JSON object");
        }
        JsonNode type = node.remove("type");
        if (type == null || !type.isString()) {
            throw new BackupFormatException("no \"type\" field");
        }
        String name = type.asString();
        return switch (name) {
            case HEADER ->
                new Line.Header(
                        node.path("format").asInt(-1), node.path("exportedAt").asString(""));
            case END -> new Line.End(value(node, BackupCounts.class, name));
            case "ticket" -> new Line.Of(new BackupRecord.TicketRecord(value(node, Ticket.class, name)));
            case "transcript" -> new Line.Of(value(node, BackupRecord.TranscriptRecord.class, name));
            case "case" -> new Line.Of(new BackupRecord.CaseRecord(value(node, ModerationCase.class, name)));
            case "audit" -> new Line.Of(new BackupRecord.AuditRecord(value(node, AuditEntry.class, name)));
            case "votes" -> new Line.Of(new BackupRecord.VotesRecord(value(node, VoteCounts.class, name)));
            case "incident" -> new Line.Of(value(node, BackupRecord.IncidentRecord.class, name));
            default ->
                throw new BackupFormatException("unknown type \"" + name
                        + "\" (expected ticket, transcript, case, audit, votes, incident, " + HEADER + " or end)");
        };
    }

    private <T> T value(ObjectNode node, Class<T> type, String name) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String why = cause instanceof JacksonException j ? j.getOriginalMessage() : cause.getMessage();
            throw new BackupFormatException("not a valid " + name + ": " + firstLine(why));
        }
    }

    private static String firstLine(String text) {
        return text == null
                ? "missing or malformed fields"
                : text.lines().findFirst().orElse(text);
    }

    private static String typeOf(BackupRecord record) {
        return switch (record) {
            case BackupRecord.TicketRecord r -> "ticket";
            case BackupRecord.TranscriptRecord r -> "transcript";
            case BackupRecord.CaseRecord r -> "case";
            case BackupRecord.AuditRecord r -> "audit";
            case BackupRecord.VotesRecord r -> "votes";
            case BackupRecord.IncidentRecord r -> "incident";
        };
    }

    /** What one line of a file holds. */
    public sealed interface Line {
        /** The first line. */
        record Header(int format, String exportedAt) implements Line {}

        /** A record. */
        record Of(BackupRecord record) implements Line {}

        /** The last line. */
        record End(BackupCounts counts) implements Line {}
    }
}
