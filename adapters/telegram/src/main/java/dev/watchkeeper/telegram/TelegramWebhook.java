package dev.watchkeeper.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives the updates Telegram posts to the webhook: checks the {@code
 * X-Telegram-Bot-Api-Secret-Token} header (in constant time) and hands the update on, read so that
 * a malformed field costs that field only ({@link UpdateReader}). Any web
 * server can call it. Thread-safe; blocks while the bot decides.
 */
public final class TelegramWebhook {
    /** The header Telegram sends the webhook's secret in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    /** What the web server should answer. */
    public enum Outcome {
        /** 200: handled (or a repeat). */
        ACCEPTED,
        /** 401: missing or wrong secret. */
        FORBIDDEN,
        /** 400: not an update. */
        MALFORMED
    }

    private final byte @Nullable [] secret;
    private final UpdateReader reader;
    private final TelegramUpdates updates;

    TelegramWebhook(@Nullable String secret, UpdateReader reader, TelegramUpdates updates) {
        this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.reader = reader;
        this.updates = updates;
    }

    /** Handles one post: the secret header's value (null when absent) and the body. */
    public Outcome receive(@Nullable String secretHeader, byte[] body) {
        if (secret == null
                || secretHeader == null
                || !MessageDigest.isEqual(secret, secretHeader.getBytes(StandardCharsets.UTF_8))) {
            return Outcome.FORBIDDEN;
        }
        Optional<Update> update = reader.read(body);
        if (update.isEmpty()) {
            log.warn("Webhook post is not an update");
            return Outcome.MALFORMED;
        }
        updates.handle(update.get());
        return Outcome.ACCEPTED;
    }
}
