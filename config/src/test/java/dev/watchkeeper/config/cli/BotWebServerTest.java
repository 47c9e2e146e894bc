package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

class BotWebServerTest {

    @Test
    void consoleDemoWithoutPortHasNoWebServer() {
        assertThat(BotWebServer.typeFor(new MockEnvironment())).isEqualTo(WebApplicationType.NONE);
        assertThat(BotWebServer.typeFor(new MockEnvironment().withProperty("server.port", "-1")))
                .isEqualTo(WebApplicationType.NONE);
    }

    @Test
    void blankTokensDoNotCountAsConfiguredPlatforms() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("watchkeeper.telegram.token", " ")
                .withProperty("watchkeeper.discord.token", "");

        assertThat(BotWebServer.typeFor(settings)).isEqualTo(WebApplicationType.NONE);
    }

    @Test
    void configuredPlatformKeepsTheWebServerEvenWithoutPort() {
        assertThat(BotWebServer.typeFor(new MockEnvironment().withProperty("watchkeeper.telegram.token", "1:abc")))
                .isEqualTo(WebApplicationType.SERVLET);
        assertThat(BotWebServer.typeFor(new MockEnvironment().withProperty("watchkeeper.discord.token", "abc")))
                .isEqualTo(WebApplicationType.SERVLET);
    }

    @Test
    void portSetForTheEndpointsKeepsTheWebServerInTheDemo() {
        assertThat(BotWebServer.typeFor(new MockEnvironment().withProperty("server.port", "8080")))
                .isEqualTo(WebApplicationType.SERVLET);
        assertThat(BotWebServer.typeFor(new MockEnvironment().withProperty("server.port", "0")))
                .isEqualTo(WebApplicationType.SERVLET);
        assertThat(BotWebServer.typeFor(new MockEnvironment().withProperty("management.server.port", "8081")))
                .isEqualTo(WebApplicationType.SERVLET);
    }
}
