package dev.watchkeeper.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.event.EventType;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {
    private static final String SECRET = "s3cret-s3cret-s3cret";

    private static WebhookEndpoint endpoint(String name, String url, String secret) {
        return new WebhookEndpoint(
                name, URI.create(url), secret, Set.of(), Duration.ofSeconds(5), 10, Duration.ofDays(1));
    }

    @Test
    void neverShowsItsSecretOrItsUrl() {
        WebhookEndpoint endpoint = endpoint("helpdesk", "https://hooks.example.com/in?token=abc123", SECRET);

        assertThat(endpoint.toString()).contains("helpdesk").doesNotContain(SECRET, "abc123", "hooks.example.com");
    }

    @Test
    void refusesWhatCannotBePostedTo() {
        assertThatThrownBy(() -> endpoint("helpdesk", "ftp://hooks.example.com/in", SECRET))
                .hasMessage("webhook endpoint helpdesk: the url must be an absolute http or https URL with a host");
        assertThatThrownBy(() -> endpoint("helpdesk", "/relative/path", SECRET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAShortSecretWithoutShowingIt() {
        assertThatThrownBy(() -> endpoint("helpdesk", "https://hooks.example.com/in", "short-pass"))
                .hasMessage("webhook endpoint helpdesk: the secret must be set and at least 16 characters long");
    }

    @Test
    void refusesANameThatCannotNameAQueue() {
        assertThatThrownBy(() -> endpoint("Help Desk", "https://hooks.example.com/in", SECRET))
                .hasMessageContaining("lower-case letters, digits or dashes");
    }

    @Test
    void wantsAllKindsUnlessFiltered() {
        WebhookEndpoint all = endpoint("all", "https://hooks.example.com/in", SECRET);
        WebhookEndpoint cases = new WebhookEndpoint(
                "cases",
                URI.create("https://hooks.example.com/in"),
                SECRET,
                Set.of(EventType.CASE_OPENED),
                Duration.ofSeconds(5),
                10,
                Duration.ofDays(1));

        assertThat(all.wants(EventType.TICKET_RATED)).isTrue();
        assertThat(cases.wants(EventType.CASE_OPENED)).isTrue();
        assertThat(cases.wants(EventType.TICKET_RATED)).isFalse();
    }
}
