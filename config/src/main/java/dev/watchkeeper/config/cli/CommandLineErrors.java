package dev.watchkeeper.config.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** How the command line reports its errors on stderr: each in one line, with the exit code. */
final class CommandLineErrors {
    private static final Logger log = LoggerFactory.getLogger(CommandLineErrors.class);

    private CommandLineErrors() {}

    /**
     * A command that failed: one line on stderr, exit code 2 for bad input, 1 for anything else.
     * An exception no command expected is logged with its trace at debug level.
     */
    static int fail(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String message = e.getMessage();
        if (!(e instanceof UsageException || e instanceof CommandFailure)) {
            log.debug("{} failed", command.getCommandName(), e);
            message = StartFailures.firstOwnMessage(e);
        }
        command.getErr().println("error: " + message);
        command.getErr().flush();
        return e instanceof UsageException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    }

    /** A command line picocli cannot read: what is wrong, a suggestion if it has one, the usage. */
    static int refuse(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + problem(e));
        UnmatchedArgumentException.printSuggestions(e, err);
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String problem(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched)) {
            return e.getMessage();
        }
        String first = unmatched.getUnmatched().getFirst();
        if (CommandLineSettings.isNameAlone(first)) {
            return "a setting takes its value after '=': " + first + "=<value>";
        }
        if (unmatched.isUnknownOption()) {
            return e.getMessage();
        }
        return (e.getCommandLine().getSubcommands().isEmpty() ? "unexpected argument" : "unknown command") + " '"
                + first + "'";
    }
}
