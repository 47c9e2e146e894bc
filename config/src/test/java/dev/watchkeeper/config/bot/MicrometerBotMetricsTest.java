package dev.watchkeeper.config.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerBotMetricsTest {
    private static final Instant STARTED = Instant.parse("2026-12-01T10:00:00Z");
    private static final ChatRef DM = new ChatRef(Platform.TELEGRAM, "5", ChatType.PRIVATE);
    private static final UserRef MEMBER = UserRef.member(Platform.TELEGRAM, "5");
    private static final ReplyTarget TO = ReplyTarget.chat(DM);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void registersThePlatformsAndEveryLanguagesOutcomesAtZeroWithTheStartAsTheLastUpdate() {
        new MicrometerBotMetrics(registry, Clock.fixed(STARTED, ZoneOffset.UTC), List.of(Platform.TELEGRAM));

        assertThat(registry.get("watchkeeper.updates.received")
                        .tag("platform", "telegram")
                        .counter()
                        .count())
                .isZero();
        assertThat(registry.get("watchkeeper.updates.last.received").gauge().value())
                .isEqualTo(STARTED.getEpochSecond());
        assertThat(registry.get("watchkeeper.questions").counters()).hasSize(18);
        assertThat(registry.find("watchkeeper.updates.received")
                        .tag("platform", "discord")
                        .counter())
                .isNull();
    }

    @Test
    void countsEachEventItsTimeAndHowEachQuestionEndedInItsLanguage() {
        Clock later = Clock.fixed(STARTED.plusSeconds(90), ZoneOffset.UTC);
        MicrometerBotMetrics metrics = new MicrometerBotMetrics(registry, later, List.of(Platform.TELEGRAM));

        metrics.handled(question("es"), List.of(answer()), Duration.ofMillis(30));
        metrics.handled(question("es"), List.of(new Fallback(TO, "no", List.of())), Duration.ofMillis(10));
        metrics.handled(question("pt"), List.of(new Suggest(TO, "maybe", List.of())), Duration.ofMillis(20));
        metrics.handled(question("xx"), List.of(new Fallback(TO, "no", List.of())), Duration.ofMillis(4));
        metrics.handled(question("es"), List.of(), Duration.ofMillis(1));
        metrics.handled(new MemberJoined(DM, MEMBER, Set.of(), STARTED), List.of(answer()), Duration.ofMillis(1));

        assertThat(count("telegram")).isEqualTo(6);
        assertThat(registry.get("watchkeeper.updates.last.received").gauge().value())
                .isEqualTo(STARTED.getEpochSecond() + 90);
        var handling = registry.get("watchkeeper.handling").timer();
        assertThat(handling.count()).isEqualTo(6);
        assertThat(handling.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(66.0);
        assertThat(questions("answered", "es")).isEqualTo(1);
        assertThat(questions("fallback", "es")).isEqualTo(1);
        assertThat(questions("suggested", "pt")).isEqualTo(1);
        assertThat(questions("fallback", "en"))
                .as("a language the bot does not speak counts as English")
                .isEqualTo(1);
        assertThat(registry.get("watchkeeper.questions").counters().stream()
                        .mapToDouble(c -> c.count())
                        .sum())
                .as("a question without an answer, suggestion or fallback, and a join, are not questions' outcomes")
                .isEqualTo(4);
    }

    private double count(String platform) {
        return registry.get("watchkeeper.updates.received")
                .tag("platform", platform)
                .counter()
                .count();
    }

    private double questions(String outcome, String language) {
        return registry.get("watchkeeper.questions")
                .tags("outcome", outcome, "language", language)
                .counter()
                .count();
    }

    private static InboundMessage question(String language) {
        return InboundMessage.text("1", DM, MEMBER, "a question", STARTED).inLanguage(language);
    }

    private static Answer answer() {
        return new Answer(TO, "entry", "Title", "text", 0.9, List.of(), List.of());
    }
}
