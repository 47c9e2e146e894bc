package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.config.bot.PlatformRunner;
import dev.watchkeeper.config.console.DemoSignInLink;
import dev.watchkeeper.console.ConsoleChat;
import dev.watchkeeper.console.ConsoleRenderer;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.language.LinguaLanguageDetector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code watchkeeper}: with no sub-command, runs the bot. With no platform configured that is the
 * embedded demo, a console chat on stdin/stdout that ends at end of input. An unknown command or
 * option prints the usage on stderr and exits with 2 before anything starts.
 */
@Command(
        name = "watchkeeper",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Community support and scam shield bot for crypto exchanges and wallets.",
        subcommands = {
            AskCommand.class,
            CheckCommand.class,
            EvalCommand.class,
            StatsCommand.class,
            ExportCommand.class,
            ImportCommand.class
        })
public final class WatchkeeperCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(WatchkeeperCommand.class);

    private final Map<String, String> settings;

    @Spec
    CommandSpec spec;

    private WatchkeeperCommand(Map<String, String> settings) {
        this.settings = settings;
    }

    /** Runs the command line on the process's stdout and stderr and returns the exit code. */
    public static int execute(String... args) {
        return execute(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                args);
    }

    /** Runs the command line, printing to the given writers, and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLineSettings split = CommandLineSettings.split(args);
        Optional<String> unknown = split.unknownSetting();
        if (unknown.isPresent()) {
            err.println("error: " + unknown.get());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        CommandLine commandLine = new CommandLine(new WatchkeeperCommand(split.settings()));
        withSettingsInUsage(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(CommandLineErrors::refuse);
        commandLine.setExecutionExceptionHandler(CommandLineErrors::fail);
        return commandLine.execute(split.arguments().toArray(String[]::new));
    }

    /** The settings given on the command line of the command {@code command} belongs to. */
    static Map<String, String> settingsOf(CommandSpec command) {
        return ((WatchkeeperCommand) command.root().userObject()).settings;
    }

    private static void withSettingsInUsage(CommandLine command) {
        command.getCommandSpec().usageMessage().footer(CommandLineSettings.USAGE);
        command.getSubcommands().values().forEach(WatchkeeperCommand::withSettingsInUsage);
    }

    private static void waitForShutdown(ConfigurableApplicationContext context) {
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Integer call() {
        // the language models take the longest to load: they start before the application does
        LinguaLanguageDetector.startLoadingEarly();
        try (ConfigurableApplicationContext context = ApplicationContexts.startBot(settings)) {
            List<String> platforms = context.getBeansOfType(PlatformRunner.class).values().stream()
                    .map(PlatformRunner::name)
                    .toList();
            if (!platforms.isEmpty()) {
                log.info("Watchkeeper is running on {}; stop it with Ctrl+C or SIGTERM", platforms);
                waitForShutdown(context);
                return CommandLine.ExitCode.OK;
            }
            boolean interactive = System.console() != null;
            ConsoleChat chat = new ConsoleChat(
                    context.getBean(Bot.class),
                    context.getBean(ConsoleRenderer.class),
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    spec.commandLine().getOut(),
                    context.getBean(Clock.class),
                    interactive);
            context.getBean(OutboundRouter.class).register(Platform.CONSOLE, chat);
            context.getBean(DemoSignInLink.class)
                    .line()
                    .ifPresent(spec.commandLine().getOut()::println);
            chat.run();
        }
        return CommandLine.ExitCode.OK;
    }
}
