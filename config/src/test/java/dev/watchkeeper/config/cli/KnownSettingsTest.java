package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownSettingsTest {
    private static final KnownSettings KNOWN = KnownSettings.scan();

    @Test
    void knowsTheSettingsOfEveryGroupInAnyOfSpringsForms() {
        assertThat(KNOWN.problem("watchkeeper.redis.url")).isEmpty();
        assertThat(KNOWN.problem("watchkeeper.redis.buffered-writes")).isEmpty();
        assertThat(KNOWN.problem("watchkeeper.redis.bufferedWrites")).isEmpty();
        assertThat(KNOWN.problem("watchkeeper.answer.threshold")).isEmpty();
        assertThat(KNOWN.problem("watchkeeper.store")).isEmpty();
        assertThat(KNOWN.problem("watchkeeper.telegram.webhook.secret")).isEmpty();
    }

    @Test
    void knowsMapKeysAndListItems() {
        assertThat(KNOWN.problem("watchkeeper.moderation.communities[telegram:-100123].on-scam"))
                .isEmpty();
        assertThat(KNOWN.problem("watchkeeper.telegram.community-chat-ids")).isEmpty();
        assertThat(KNOWN.problem("watchkeeper.telegram.community-chat-ids[0]")).isEmpty();
    }

    @Test
    void namesTheSettingsAGroupHasForAMisspeltOne() {
        assertThat(KNOWN.problem("watchkeeper.redis.uri")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("--watchkeeper.redis.uri: watchkeeper.redis has no setting 'uri' (it has url,"
                        + " prefix, timeout, buffered-writes,"));
        assertThat(KNOWN.problem("watchkeeper.redsi.url")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("--watchkeeper.redsi.url: watchkeeper has no setting 'redsi' (it has answer,")
                .contains("redis", "store", "telegram"));
        assertThat(KNOWN.problem("watchkeeper.moderation.communities[telegram:-100123].on-scma"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .contains("watchkeeper.moderation.communities.telegram:-100123 has no setting 'on-scma'"));
    }

    @Test
    void refusesAGroupOrAValueAsIfTheyWereTheOther() {
        assertThat(KNOWN.problem("watchkeeper.redis")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("--watchkeeper.redis is a group of settings: url,"));
        assertThat(KNOWN.problem("watchkeeper.redis.url.host"))
                .hasValue(
                        "--watchkeeper.redis.url.host: watchkeeper.redis.url takes a value and has no settings under it");
    }
}
