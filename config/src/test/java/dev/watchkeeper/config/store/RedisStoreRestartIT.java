package dev.watchkeeper.config.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.report.SupportCounters;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.bot.RedisSendRateLimiter;
import dev.watchkeeper.redis.incident.RedisIncidentStore;
import dev.watchkeeper.redis.incident.RedisSignalStore;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** The application on Redis: a restart keeps the open ticket, the counts and the answer votes; health follows Redis. */
class RedisStoreRestartIT {
    private static final ChatRef DM = new ChatRef(Platform.CONSOLE, "dm-7", ChatType.PRIVATE);
    private static final UserRef MEMBER = UserRef.member(Platform.CONSOLE, "m-7");

    private final TestRedis redis = TestRedis.shared();
    private final String prefix = TestRedis.freshPrefix();

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--watchkeeper.store=redis",
                        "--watchkeeper.redis.url=" + redis.url(),
                        "--watchkeeper.redis.prefix=" + prefix);
    }

    @Test
    void aRestartedApplicationWorksOnWithItsTicketsAndCounts() {
        Ticket opened;
        Answer answer;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(TicketStore.class)).isInstanceOf(RedisTicketStore.class);
            assertThat(first.getBean(SendRateLimiter.class)).isInstanceOf(RedisSendRateLimiter.class);
            assertThat(first.getBean(IncidentStore.class)).isInstanceOf(RedisIncidentStore.class);
            assertThat(first.getBean(SignalStore.class)).isInstanceOf(RedisSignalStore.class);
            Bot bot = first.getBean(Bot.class);
            answer = (Answer)
                    bot.handle(InboundMessage.text("1", DM, MEMBER, "my deposit has not arrived", Instant.now()))
                            .getFirst();
            bot.handle(
                    new ChoiceSelected(DM, MEMBER, answer.feedback().getFirst().action(), null, Instant.now()));
            bot.handle(InboundMessage.text("2", DM, MEMBER, "/human", Instant.now()));
            opened = first.getBean(TicketStore.class)
                    .openTicketOf(AccountId.of(MEMBER))
                    .orElseThrow();
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(TicketStore.class).openTicketOf(AccountId.of(MEMBER)))
                    .contains(opened);
            assertThat(second.getBean(SupportCounters.class).get("bot.answers")).isEqualTo(1);
            assertThat(second.getBean(SupportCounters.class).get("tickets.opened"))
                    .isEqualTo(1);
            assertThat(second.getBean(AnswerFeedback.class).totals(answer.entryId()))
                    .isEqualTo(new FeedbackTotals(1, 0));
        }
    }

    @Test
    void healthAndTheRedisUpGaugeShowTheStoreDownWhileRedisIsAwayAndUpWhenItReturns() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            HealthIndicator health = context.getBean("storeHealthIndicator", HealthIndicator.class);
            Gauge up = context.getBean(MeterRegistry.class)
                    .get("watchkeeper.redis.up")
                    .gauge();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(up.value()).isEqualTo(1.0);
            try {
                redis.stop();
                assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                assertThat(up.value()).isZero();
            } finally {
                redis.start();
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (health.health().getStatus() != Status.UP && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(up.value()).isEqualTo(1.0);
        }
    }

    @Test
    void startsWhileRedisIsDownWithHealthDownAndUsesRedisOnceItAnswers() throws Exception {
        redis.stop();
        try (ConfigurableApplicationContext context = start()) {
            HealthIndicator health = context.getBean("storeHealthIndicator", HealthIndicator.class);
            Bot bot = context.getBean(Bot.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(bot.handle(InboundMessage.text("1", DM, MEMBER, "my deposit has not arrived", Instant.now())))
                    .anyMatch(Answer.class::isInstance);

            redis.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (health.health().getStatus() != Status.UP && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            bot.handle(InboundMessage.text("2", DM, MEMBER, "/human", Instant.now()));
            assertThat(context.getBean(TicketStore.class).openTicketOf(AccountId.of(MEMBER)))
                    .isPresent();
        } finally {
            redis.start();
        }
    }
}
