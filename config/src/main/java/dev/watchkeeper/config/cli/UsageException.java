package dev.watchkeeper.config.cli;

/** Bad input from the person at the command line: printed as one line, exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
