package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.store.RedisStoreProperties;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.redis.RedisStores;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code watchkeeper stats}: the support report (tickets by category, priority and platform,
 * response and resolution times, CSAT, SLA breaches, backlog, members' votes on the bot's answers)
 * from the configured stores. With the default in-memory store a fresh process has no tickets and
 * no votes; point it at the production store's settings to report on it. A store that does not
 * answer fails the command with one line naming its address and setting.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print the support report.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, Map.of())) {
            String report;
            try {
                report = context.getBean(TicketDesk.class).supportReportText();
            } catch (StoreUnavailableException e) {
                RedisStoreProperties redis =
                        context.getBeanProvider(RedisStoreProperties.class).getIfAvailable();
                throw new CommandFailure(
                        redis == null
                                ? "no report: " + e.getMessage()
                                : "no report: Redis at " + RedisStores.redacted(redis.url())
                                        + " does not answer; start it, or set watchkeeper.redis.url to where it runs");
            }
            spec.commandLine().getOut().println(report);
            spec.commandLine().getOut().flush();
            return CommandLine.ExitCode.OK;
        }
    }
}
