package dev.watchkeeper.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboxFilterTest {

    @Test
    void readsEveryFilterFromTheQueryInAnyCaseAndWritesItBack() {
        InboxFilter filter = InboxFilter.parse(Map.of(
                "status", "Claimed",
                "priority", "urgent",
                "sla", "at_risk",
                "platform", "discord",
                "language", "ES",
                "assignee", "me",
                "page", "2"));

        assertThat(filter)
                .isEqualTo(new InboxFilter(
                        TicketStatus.CLAIMED,
                        Priority.URGENT,
                        SlaState.AT_RISK,
                        Platform.DISCORD,
                        "es",
                        InboxFilter.Assignee.ME,
                        2));
        assertThat(filter.query())
                .isEqualTo("status=claimed&priority=urgent&sla=at_risk&platform=discord&language=es&assignee=me");
        assertThat(InboxFilter.parse(Map.of("status", "", "assignee", " "))).isEqualTo(InboxFilter.open());
        assertThat(InboxFilter.open().query()).isEmpty();
    }

    @Test
    void refusesAnUnknownValueNamingTheParameterAndWhatItMayBe() {
        assertThatThrownBy(() -> InboxFilter.parse(Map.of("sla", "late")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown sla 'late': one of breached, at_risk, ok");
        assertThatThrownBy(() -> InboxFilter.parse(Map.of("page", "two"))).hasMessage("page must be a number: two");
        assertThatThrownBy(() -> InboxFilter.parse(Map.of("page", "0"))).hasMessage("page must be 1 or more: 0");
        assertThatThrownBy(() -> InboxFilter.parse(Map.of("language", "en\" onclick=x")))
                .hasMessageStartingWith("language must be a language tag such as en");
    }
}
