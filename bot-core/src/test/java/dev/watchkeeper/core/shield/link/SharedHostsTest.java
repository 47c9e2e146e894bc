package dev.watchkeeper.core.shield.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedHostsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "bit.ly",
                "linklyhq.com",
                "t.me",
                "discord.gg",
                "whatsapp.com",
                "google.com",
                "youtube.com",
                "x.com",
                "medium.com",
                "gitbook.io",
                "telegra.ph",
                "Notion.site"
            })
    void namesShortenersInviteHostsAndPlatformsShared(String domain) {
        assertThat(SharedHosts.isShared(domain)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"claim-okx.xyz", "evil.github.io", "scam.vercel.app", "okx.com", "bit.ly.evil.com"})
    void leavesOrdinaryDomainsAndTenantsUnshared(String domain) {
        assertThat(SharedHosts.isShared(domain)).isFalse();
    }
}
