package dev.watchkeeper.config.backup;

/** A backup file that cannot be read: the message names the line and what is wrong, in one line. */
public final class BackupFormatException extends RuntimeException {
    public BackupFormatException(String message) {
        super(message);
    }
}
