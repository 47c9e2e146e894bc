package dev.watchkeeper.config.cli;

/**
 * A command that could not do its work for a reason outside its command line (a service that does
 * not answer, a file it cannot write): printed as one line, exit code 1.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }
}
