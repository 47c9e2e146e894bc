package dev.watchkeeper.webhook;

import dev.watchkeeper.core.event.CaseConfirmed;
import dev.watchkeeper.core.event.CaseDismissed;
import dev.watchkeeper.core.event.CaseFacts;
import dev.watchkeeper.core.event.CaseOpened;
import dev.watchkeeper.core.event.DomainEvent;
import dev.watchkeeper.core.event.QueuedEvent;
import dev.watchkeeper.core.event.TicketClaimed;
import dev.watchkeeper.core.event.TicketClosed;
import dev.watchkeeper.core.event.TicketFacts;
import dev.watchkeeper.core.event.TicketOpened;
import dev.watchkeeper.core.event.TicketRated;
import dev.watchkeeper.core.event.TicketReplied;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body of a webhook: {@code {"id", "type", "occurredAt", "data": {…}}}, where {@code
 * data} holds the ticket or the case and what the event adds (see docs/webhooks.md). Written
 * field by field, so renaming a core record's component does not change what receivers get.
 * Thread-safe.
 */
public final class WebhookPayload {
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The event as it is queued and sent. */
    public QueuedEvent queued(DomainEvent event) {
        return new QueuedEvent(event.id(), event.type().wireName(), event.occurredAt(), body(event));
    }

    /** The event's body. */
    public String body(DomainEvent event) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", event.id());
        root.put("type", event.type().wireName());
        root.put("occurredAt", event.occurredAt().toString());
        ObjectNode data = root.putObject("data");
        switch (event) {
            case TicketOpened e -> {
                ticket(data, e.ticket());
                data.put("reason", e.reason());
                data.put("language", e.language());
            }
            case TicketClaimed e -> {
                ticket(data, e.ticket());
                data.put("agent", e.agent());
            }
            case TicketReplied e -> {
                ticket(data, e.ticket());
                data.put("from", e.from().name().toLowerCase(Locale.ROOT));
                if (e.agent() != null) {
                    data.put("agent", e.agent());
                }
                data.put("text", e.text());
            }
            case TicketClosed e -> {
                ticket(data, e.ticket());
                data.put("agent", e.agent());
                data.put("resolution", e.resolution());
            }
            case TicketRated e -> {
                ticket(data, e.ticket());
                data.put("score", e.score());
            }
            case CaseOpened e -> moderationCase(data, e.moderationCase());
            case CaseConfirmed e -> {
                moderationCase(data, e.moderationCase());
                data.put("moderator", e.moderator());
                data.put("action", e.action());
            }
            case CaseDismissed e -> {
                moderationCase(data, e.moderationCase());
                data.put("moderator", e.moderator());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static void ticket(ObjectNode data, TicketFacts t) {
        ObjectNode node = data.putObject("ticket");
        node.put("id", t.id().value());
        node.put("platform", t.platform().name().toLowerCase(Locale.ROOT));
        node.put("member", t.member());
        node.put("community", t.community());
        node.put("category", t.category());
        node.put("priority", t.priority());
        node.put("status", t.status());
    }

    private static void moderationCase(ObjectNode data, CaseFacts c) {
        ObjectNode node = data.putObject("case");
        node.put("id", c.id().value());
        node.put("platform", c.platform().name().toLowerCase(Locale.ROOT));
        node.put("community", c.community());
        node.put("source", c.source());
        node.put("verdict", c.verdict());
        node.put("score", c.score());
        c.reasons().forEach(node.putArray("reasons")::add);
        if (c.author() != null) {
            node.put("author", c.author());
        }
        node.put("hidden", c.hidden());
    }
}
