package dev.watchkeeper.config.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on a real Redis that is stopped under load: members' questions are answered
 * in private and in groups, scams are deleted and flagged and their cases are in Redis once it is
 * back, and every agent reply is relayed or reported to the agent as not relayed. The outage lasts
 * {@link #OUTAGE} rather than the 30 seconds of the production report: nothing in the bot waits for
 * Redis while it is away (commands are rejected at once), so a longer outage only sends more load
 * through the same paths.
 */
class RedisOutageUnderLoadIT {
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    /** A round is four messages: about 150 messages a second, a scam raid's pace. */
    private static final Duration PACE = Duration.ofMillis(20);

    private static final ChatRef COMMUNITY = new ChatRef(Platform.CONSOLE, "community", ChatType.GROUP);
    private static final ChatRef STAFF = ConsolePersona.STAFF_CHAT;
    private static final UserRef HOLDER = UserRef.member(Platform.CONSOLE, "holder");
    private static final ChatRef HOLDER_DM = new ChatRef(Platform.CONSOLE, "holder", ChatType.PRIVATE);
    private static final String SCAM =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";

    private final TestRedis redis = TestRedis.shared();
    private final String prefix = TestRedis.freshPrefix();
    private int messages;

    @AfterEach
    void redisRuns() {
        redis.start();
    }

    @Test
    void questionsAreAnsweredScamsRemovedAndRepliesRelayedOrReportedWhileRedisIsAway() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--watchkeeper.store=redis",
                        "--watchkeeper.redis.url=" + redis.url(),
                        "--watchkeeper.redis.prefix=" + prefix)) {
            Bot bot = context.getBean(Bot.class);
            TicketStore tickets = context.getBean(TicketStore.class);
            Ticket ticket = claimedTicket(bot, context.getBean(TicketDesk.class), tickets);

            List<CaseId> flagged = new ArrayList<>();
            int rounds = 0;
            redis.stop();
            long end = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < end) {
                UserRef newcomer = UserRef.member(Platform.CONSOLE, "new-" + rounds);
                ChatRef newcomerDm = new ChatRef(Platform.CONSOLE, newcomer.id(), ChatType.PRIVATE);

                List<Decision> inPrivate =
                        bot.handle(message(newcomerDm, null, newcomer, "my deposit has not arrived"));
                assertThat(inPrivate).as("private question %d", rounds).anyMatch(Answer.class::isInstance);

                List<Decision> inGroup = bot.handle(message(COMMUNITY, null, newcomer, "my deposit has not arrived")
                        .withMention());
                assertThat(inGroup).as("group question %d", rounds).anyMatch(Answer.class::isInstance);

                UserRef scammer = UserRef.member(Platform.CONSOLE, "scammer-" + rounds);
                List<Decision> scam = bot.handle(message(COMMUNITY, null, scammer, SCAM));
                assertThat(scam).as("scam %d", rounds).anyMatch(DeleteMessage.class::isInstance);
                scam.stream()
                        .filter(FlagForReview.class::isInstance)
                        .map(d -> ((FlagForReview) d).caseId())
                        .forEach(flagged::add);

                List<Decision> reply = bot.handle(
                        message(STAFF, ticket.id().value(), ConsolePersona.AGENT, "please send the tx hash " + rounds));
                assertThat(reply).as("agent reply %d", rounds).anyMatch(relayedOrReported());
                rounds++;
                Thread.sleep(PACE.toMillis());
            }
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("watchkeeper.redis.writes.pending").gauge().value())
                    .isPositive();
            redis.start();

            assertThat(rounds).isGreaterThan(50);
            assertThat(flagged).hasSize(rounds).doesNotHaveDuplicates();
            RedisStores stores = context.getBean(RedisStores.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((!stores.isUp() || stores.writeBehind().pending() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            ModerationCaseStore cases = context.getBean(ModerationCaseStore.class);
            assertThat(flagged).allSatisfy(id -> assertThat(cases.find(id)).isPresent());
            assertThat(stores.writeBehind().dropped()).isZero();
            assertThat(meters.get("watchkeeper.redis.writes.pending").gauge().value())
                    .isZero();
        }
    }

    /** A member's ticket, claimed by the console agent, whose space is the staff chat's thread of its id. */
    private Ticket claimedTicket(Bot bot, TicketDesk desk, TicketStore tickets) {
        bot.handle(message(HOLDER_DM, null, HOLDER, "/human"));
        Ticket opened = tickets.openTicketOf(AccountId.of(HOLDER)).orElseThrow();
        desk.spaceOpened(opened.id(), new StaffSpace(STAFF, opened.id().value()));
        bot.handle(message(STAFF, opened.id().value(), ConsolePersona.AGENT, "/claim"));
        Ticket claimed = tickets.find(opened.id()).orElseThrow();
        assertThat(claimed.owner()).isPresent();
        return claimed;
    }

    /** The reply goes to the member, or the agent is told in the ticket's space that it did not. */
    private static Predicate<Decision> relayedOrReported() {
        return d -> d.to().chat().equals(HOLDER_DM)
                || (d.to().chat().equals(STAFF)
                        && (d instanceof Reply r && r.text().contains("not relayed")
                                || d instanceof PostToTicketSpace p && p.text().contains("not relayed")));
    }

    private InboundMessage message(ChatRef chat, String thread, UserRef author, String text) {
        messages++;
        return InboundMessage.builder(new MessageRef(chat, "m" + messages), author, Instant.now())
                .thread(thread)
                .text(text)
                // read as the console adapter reads a typed line
                .command(BotCommand.parse(text, List.of("watchkeeper")).orElse(null))
                .build();
    }
}
