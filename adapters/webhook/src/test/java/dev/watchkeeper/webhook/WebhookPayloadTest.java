package dev.watchkeeper.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.event.CaseConfirmed;
import dev.watchkeeper.core.event.CaseFacts;
import dev.watchkeeper.core.event.QueuedEvent;
import dev.watchkeeper.core.event.TicketFacts;
import dev.watchkeeper.core.event.TicketReplied;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookPayloadTest {
    private static final Instant AT = Instant.parse("2026-12-03T04:00:00Z");
    private static final TicketFacts TICKET = new TicketFacts(
            new TicketId("WK-1000"), Platform.TELEGRAM, "telegram:42", "-100", "deposit", "normal", "claimed");

    private final WebhookPayload payload = new WebhookPayload();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAgentsReplyCarriesTheTicketTheAgentAndTheRedactedText() {
        TicketReplied reply = TicketReplied.of(TICKET, 4, AT, TicketReplied.From.AGENT, "discord:900", "Hi Alice");

        JsonNode body = json.readTree(payload.body(reply));

        assertThat(body.get("id").asString()).isEqualTo("WK-1000/replied/4");
        assertThat(body.get("type").asString()).isEqualTo("ticket.replied");
        assertThat(body.get("occurredAt").asString()).isEqualTo("2026-12-03T04:00:00Z");
        JsonNode data = body.get("data");
        assertThat(data.get("ticket").get("id").asString()).isEqualTo("WK-1000");
        assertThat(data.get("ticket").get("platform").asString()).isEqualTo("telegram");
        assertThat(data.get("ticket").get("member").asString()).isEqualTo("telegram:42");
        assertThat(data.get("ticket").get("status").asString()).isEqualTo("claimed");
        assertThat(data.get("from").asString()).isEqualTo("agent");
        assertThat(data.get("agent").asString()).isEqualTo("discord:900");
        assertThat(data.get("text").asString()).isEqualTo("Hi Alice");
    }

    @Test
    void aMembersMessageNamesNoAgent() {
        TicketReplied message = TicketReplied.of(TICKET, 5, AT, TicketReplied.From.MEMBER, null, "thanks");

        JsonNode data = json.readTree(payload.body(message)).get("data");

        assertThat(data.get("from").asString()).isEqualTo("member");
        assertThat(data.has("agent")).isFalse();
    }

    @Test
    void aConfirmedCaseCarriesTheShieldsFindingsAndTheAction() {
        CaseFacts facts = new CaseFacts(
                new CaseId("MC-17"),
                Platform.DISCORD,
                "general",
                "detected",
                "scam",
                0.97,
                List.of("secret_request", "impersonation"),
                "discord:66",
                true);

        QueuedEvent queued = payload.queued(CaseConfirmed.of(facts, AT, "discord:7", "ban"));
        JsonNode body = json.readTree(queued.payload());

        assertThat(queued.id()).isEqualTo("MC-17/confirmed");
        assertThat(queued.type()).isEqualTo("case.confirmed");
        assertThat(queued.occurredAt()).isEqualTo(AT);
        JsonNode moderationCase = body.get("data").get("case");
        assertThat(moderationCase.get("id").asString()).isEqualTo("MC-17");
        assertThat(moderationCase.get("score").asDouble()).isEqualTo(0.97);
        assertThat(moderationCase.get("reasons").valueStream().map(JsonNode::asString))
                .containsExactly("secret_request", "impersonation");
        assertThat(moderationCase.get("hidden").asBoolean()).isTrue();
        assertThat(body.get("data").get("action").asString()).isEqualTo("ban");
        assertThat(body.get("data").get("moderator").asString()).isEqualTo("discord:7");
    }
}
