package dev.watchkeeper.config;

import dev.watchkeeper.config.cli.WatchkeeperCommand;

/** The one entry point of {@code watchkeeper.jar}: parses the command line and runs it. */
public final class WatchkeeperApplication {
    private WatchkeeperApplication() {}

    public static void main(String[] args) {
        int exitCode = WatchkeeperCommand.execute(args);
        System.exit(exitCode);
    }
}
