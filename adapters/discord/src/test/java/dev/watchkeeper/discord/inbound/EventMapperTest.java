package dev.watchkeeper.discord.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.discord.MessageLocations;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMapperTest {
    private static final String COMMUNITY = "100";

    @Test
    void manageMessagesMakesAModeratorOnlyInTheCommunitysServer() {
        EventMapper mapper = new EventMapper(new MessageLocations(10), COMMUNITY, "Watchkeeper");

        assertThat(mapper.roles(COMMUNITY, List.of("7"), true)).containsExactlyInAnyOrder("7", "manage_messages");
        assertThat(mapper.roles("666", List.of("8"), true)).containsExactly("8");
        assertThat(mapper.roles(COMMUNITY, List.of(), false)).isEmpty();
    }

    @Test
    void withoutAConfiguredServerManageMessagesCountsNowhere() {
        EventMapper mapper = new EventMapper(new MessageLocations(10), null, "Watchkeeper");

        assertThat(mapper.roles(COMMUNITY, List.of("7"), true)).containsExactly("7");
    }
}
