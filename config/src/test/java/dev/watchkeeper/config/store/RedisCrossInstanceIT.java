package dev.watchkeeper.config.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.redis.TestRedis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Two applications on one Redis: a Telegram decision made where Telegram does not run is sent where it does. */
class RedisCrossInstanceIT {
    private static final ChatRef DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);

    private final TestRedis redis = TestRedis.shared();
    private final String prefix = TestRedis.freshPrefix();

    private ConfigurableApplicationContext start(Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(WatchkeeperConfiguration.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .run(
                        "--watchkeeper.store=redis",
                        "--watchkeeper.redis.url=" + redis.url(),
                        "--watchkeeper.redis.prefix=" + prefix);
    }

    @Test
    void aDecisionForAPlatformThisInstanceDoesNotRunIsCarriedOutOnceByTheInstanceThatRunsIt() throws Exception {
        try (ConfigurableApplicationContext a = start();
                ConfigurableApplicationContext b = start(FakeTelegram.class)) {
            RecordingOutbound telegramOnB = b.getBean(RecordingOutbound.class);
            SendPrivate decision = new SendPrivate(
                    ReplyTarget.chat(DM),
                    UserRef.member(Platform.TELEGRAM, "42"),
                    new TicketId("WK-7"),
                    "Agent Bob: your withdrawal is on its way.",
                    List.of());

            a.getBean(OutboundRouter.class).send(List.of(decision));

            long deadline = System.currentTimeMillis() + 15_000;
            while (telegramOnB.sent().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(1_500);
            assertThat(telegramOnB.sent()).containsExactly(decision);
        }
    }

    /** Stands in for the Telegram adapter on instance B. */
    @Configuration(proxyBeanMethods = false)
    static class FakeTelegram {
        @Bean
        RecordingOutbound telegramOutbound(OutboundRouter router) {
            RecordingOutbound outbound = new RecordingOutbound();
            router.register(Platform.TELEGRAM, outbound);
            return outbound;
        }
    }

    static final class RecordingOutbound implements Outbound {
        private final List<Decision> sent = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(List<Decision> decisions) {
            sent.addAll(decisions);
        }

        List<Decision> sent() {
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }
    }
}
