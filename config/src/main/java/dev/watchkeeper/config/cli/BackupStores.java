package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.store.RedisStoreProperties;
import dev.watchkeeper.config.ticket.TicketProperties;
import dev.watchkeeper.core.backup.BackupStore;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.backup.RedisBackupStore;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The store {@code export} and {@code import} work on: the Redis store of the settings. The
 * in-memory store lives and dies with its process, so a command run on its own has nothing to
 * read from it nor to keep what it writes: refused with a line that says what to set.
 */
final class BackupStores {
    /**
     * The settings the backup commands start the application with: they answer no question, so the
     * knowledge base is searched by words alone (no embedding model to load) and not watched.
     */
    static final Map<String, String> SETTINGS =
            Map.of("watchkeeper.kb.retrieval", "lexical", "watchkeeper.kb.hot-reload", "false");

    private BackupStores() {}

    /** The backup port on the application's Redis store; a {@link UsageException} for the memory store. */
    static BackupStore of(ConfigurableApplicationContext context, String command) {
        RedisStores redis = context.getBeanProvider(RedisStores.class).getIfAvailable();
        if (redis == null) {
            throw new UsageException(
                    command + " works on the Redis store, and the memory store of a separate process is"
                            + " always empty: set --watchkeeper.store=redis and --watchkeeper.redis.url=redis://host:6379");
        }
        return new RedisBackupStore(
                redis, context.getBean(TicketProperties.class).maxTranscriptTurns());
    }

    /** The one line for a Redis that does not answer. */
    static CommandFailure unreachable(
            ConfigurableApplicationContext context, String what, StoreUnavailableException e) {
        RedisStoreProperties redis = context.getBean(RedisStoreProperties.class);
        return new CommandFailure(what + ": Redis at " + RedisStores.redacted(redis.url())
                + " does not answer; start it, or set watchkeeper.redis.url to where it runs");
    }
}
