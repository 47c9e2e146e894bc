package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
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

    @Test
    void theStaffConsolePortStartsTheWebServerOnThatPort() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("watchkeeper.web.port", "8090")
                .withProperty("server.port", "-1");
        SpringApplication application = new SpringApplication();

        new BotWebServer()
                .onApplicationEvent(
                        new ApplicationEnvironmentPreparedEvent(null, application, new String[0], settings));

        assertThat(application.getWebApplicationType()).isEqualTo(WebApplicationType.SERVLET);
        assertThat(settings.getProperty("server.port")).isEqualTo("8090");
    }

    @Test
    void aServerPortSetExplicitlyIsLeftAsItIs() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("watchkeeper.web.port", "8090")
                .withProperty("server.port", "8080");

        new BotWebServer()
                .onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                        null, new SpringApplication(), new String[0], settings));

        assertThat(settings.getProperty("server.port")).isEqualTo("8080");
    }
}
