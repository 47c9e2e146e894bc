package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.ticket.TicketDesk;
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
 * no votes; point it at the production store's settings to report on it.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print the support report.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, Map.of())) {
            spec.commandLine()
                    .getOut()
                    .println(context.getBean(TicketDesk.class).supportReportText());
            spec.commandLine().getOut().flush();
            return CommandLine.ExitCode.OK;
        }
    }
}
