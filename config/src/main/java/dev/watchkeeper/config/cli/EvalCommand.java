package dev.watchkeeper.config.cli;

import picocli.CommandLine.Command;

/** {@code watchkeeper eval …}: measure answer quality and detection on labelled cases. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measure the bot on labelled cases.",
        subcommands = {EvalFaqCommand.class, EvalScamCommand.class, EvalLinksCommand.class})
final class EvalCommand {}
