package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import org.junit.jupiter.api.Test;

class SendPriorityTest {
    private static final ReplyTarget STAFF = ReplyTarget.chat(new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP));

    @Test
    void aScamWaveAlertGoesOutWithModeration() {
        assertThat(SendPriority.of(new StaffAlert(STAFF, null, "**Scam wave**: 5 near-identical flagged messages")))
                .isEqualTo(SendPriority.MODERATION);
    }

    @Test
    void aTicketAlertStaysWithTicketWork() {
        assertThat(SendPriority.of(new StaffAlert(STAFF, new TicketId("WK-1001"), "WK-1001 waits past its SLA")))
                .isEqualTo(SendPriority.TICKET);
    }
}
