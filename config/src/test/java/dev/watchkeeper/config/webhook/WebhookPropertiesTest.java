package dev.watchkeeper.config.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.event.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

class WebhookPropertiesTest {
    private static final String SECRET = "s3cret-s3cret-s3cret";

    private static WebhookProperties with(WebhookProperties.Endpoint... endpoints) {
        return new WebhookProperties(
                List.of(endpoints), Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofSeconds(5));
    }

    private static WebhookProperties.Endpoint endpoint(String url, String secret, Set<String> events) {
        return new WebhookProperties.Endpoint(
                null, url, secret, events, Duration.ofSeconds(10), 20, Duration.ofHours(24));
    }

    @Test
    void namesEndpointsByIndexAndFiltersByWireName() {
        var endpoints = with(
                        endpoint("https://hooks.example.com/in", SECRET, Set.of()),
                        endpoint("https://dw.example.com/in", SECRET, Set.of("case.opened", "ticket.rated")))
                .toEndpoints();

        assertThat(endpoints).extracting(e -> e.name()).containsExactly("endpoint-0", "endpoint-1");
        assertThat(endpoints.get(1).events()).containsExactlyInAnyOrder(EventType.CASE_OPENED, EventType.TICKET_RATED);
    }

    @Test
    void aUrlThatCannotBePostedToNamesTheSettingWithoutShowingIt() {
        assertThatThrownBy(() -> with(endpoint("hooks.example.com/in?token=abc", SECRET, Set.of()))
                        .toEndpoints())
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageNotContaining("abc")
                .satisfies(e -> {
                    var invalid = (InvalidConfigurationPropertyValueException) e;
                    assertThat(invalid.getName()).isEqualTo("watchkeeper.webhooks.endpoints[0].url");
                    assertThat(invalid.getReason()).isEqualTo("must be an absolute http or https URL with a host");
                });
    }

    @Test
    void aMissingSecretNamesTheSetting() {
        assertThatThrownBy(() -> with(endpoint("https://hooks.example.com/in", null, Set.of()))
                        .toEndpoints())
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> assertThat(e.getName())
                        .isEqualTo("watchkeeper.webhooks.endpoints[0].secret"));
    }

    @Test
    void anUnknownEventNamesTheKnownOnes() {
        assertThatThrownBy(() -> with(endpoint("https://hooks.example.com/in", SECRET, Set.of("ticket.deleted")))
                        .toEndpoints())
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> assertThat(e.getReason())
                        .startsWith("'ticket.deleted' is not one of ticket.opened, ticket.claimed"));
    }

    @Test
    void twoEndpointsOfOneNameAreRefused() {
        var first = new WebhookProperties.Endpoint(
                "helpdesk",
                "https://a.example.com/in",
                SECRET,
                Set.of(),
                Duration.ofSeconds(10),
                20,
                Duration.ofHours(24));
        var second = new WebhookProperties.Endpoint(
                "helpdesk",
                "https://b.example.com/in",
                SECRET,
                Set.of(),
                Duration.ofSeconds(10),
                20,
                Duration.ofHours(24));

        assertThatThrownBy(() -> with(first, second).toEndpoints())
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                    assertThat(e.getName()).isEqualTo("watchkeeper.webhooks.endpoints[1].name");
                    assertThat(e.getReason())
                            .isEqualTo("'helpdesk' already names endpoints[0]: each endpoint needs its own");
                });
    }

    @Test
    void neverShowsTheSecretOrTheUrl() {
        assertThat(endpoint("https://hooks.example.com/in?token=abc", SECRET, Set.of())
                        .toString())
                .doesNotContain(SECRET, "abc", "hooks.example.com");
    }
}
