package dev.watchkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    private static DiscordSettings settings(int total, int first, int last) {
        return settings(total, first, last, false);
    }

    private static DiscordSettings settings(int total, int first, int last, boolean checkJoins) {
        return new DiscordSettings(
                "secret-token",
                "1",
                "2",
                "3",
                Set.of("4"),
                "http://127.0.0.1:1/api",
                null,
                total,
                first,
                last,
                "wk",
                checkJoins);
    }

    @Test
    void asksForTheServerMembersIntentOnlyToCheckJoins() {
        assertThat(DiscordAdapter.intents(settings(-1, -1, -1, false)))
                .isEqualTo(DiscordAdapter.INTENTS)
                .doesNotContain(GatewayIntent.GUILD_MEMBERS);
        assertThat(DiscordAdapter.intents(settings(-1, -1, -1, true)))
                .containsAll(DiscordAdapter.INTENTS)
                .contains(GatewayIntent.GUILD_MEMBERS);
    }

    @Test
    void neverShowsTheToken() {
        assertThat(settings(-1, -1, -1).toString())
                .doesNotContain("secret-token")
                .contains("<redacted>");
    }

    @Test
    void endsTheRestUrlWithASlash() {
        assertThat(settings(-1, -1, -1).restUrl()).isEqualTo("http://127.0.0.1:1/api/");
    }

    @Test
    void checksTheShardRange() {
        assertThat(settings(4, 2, 3).hasShardRange()).isTrue();
        assertThatThrownBy(() -> settings(4, 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(2, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(-1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
