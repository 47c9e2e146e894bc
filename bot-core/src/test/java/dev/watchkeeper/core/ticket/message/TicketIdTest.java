package dev.watchkeeper.core.ticket.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.TicketId;
import org.junit.jupiter.api.Test;

class TicketIdTest {
    @Test
    void readsIdsAsStaffTypeThem() {
        assertThat(TicketId.parse("wk-1042")).contains(new TicketId("WK-1042"));
        assertThat(TicketId.parse(" #WK-7 ")).contains(new TicketId("WK-7"));
        assertThat(TicketId.parse("@carol")).isEmpty();
        assertThat(TicketId.of("WK", 1042).value()).isEqualTo("WK-1042");
    }

    @Test
    void rejectsMalformedIds() {
        assertThatThrownBy(() -> new TicketId("1042")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticketActionsFitTelegramCallbackData() {
        TicketId longest = TicketId.of("ABCDEFGH", 999_999_999_999L);

        assertThat(TicketChoices.rate(longest, 5).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(64);
        assertThat(TicketChoices.rating(TicketChoices.rate(longest, 5)))
                .contains(new TicketChoices.RatingPick(longest, 5));
        assertThat(TicketChoices.rating("tk:rate:WK-1:9")).isEmpty();
    }
}
