package dev.watchkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DiscordEventIdsTest {
    private static final OffsetDateTime EDITED = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    @Test
    void aMessageAndEachOfItsEditsAreEventsOfTheirOwn() {
        assertThat(DiscordEventIds.message("1234", null)).isEqualTo("discord:message:1234");
        assertThat(DiscordEventIds.message("1234", EDITED))
                .isEqualTo("discord:message:1234:edit:" + EDITED.toInstant().toEpochMilli())
                .isNotEqualTo(DiscordEventIds.message("1234", EDITED.plusSeconds(1)));
    }

    @Test
    void interactionsAreClaimedByTheirId() {
        assertThat(DiscordEventIds.interaction("98765")).isEqualTo("discord:interaction:98765");
    }
}
