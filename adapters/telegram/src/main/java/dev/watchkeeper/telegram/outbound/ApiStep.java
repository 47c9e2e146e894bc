package dev.watchkeeper.telegram.outbound;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One Bot API call in a chat's queue: what it does, whether it counts against the message limits,
 * and what to do when it fails for good.
 *
 * @param chat the chat id the call concerns (calls of one chat run in order)
 * @param group true for a group chat (the per-group limit applies)
 * @param limited true for messages (the rate limits apply); false for deletes, bans and the like
 * @param call the call, run on a queue thread; may block on the network
 * @param onFailure what to do when the call fails for good (not for rate limiting or retried errors)
 */
public record ApiStep(
        String chat, boolean group, boolean limited, Call call, Consumer<TelegramApiException> onFailure) {
    public ApiStep {
        requireNonNull(chat, "chat");
        requireNonNull(call, "call");
        requireNonNull(onFailure, "onFailure");
    }

    /** The call itself. */
    @FunctionalInterface
    public interface Call {
        void run() throws TelegramApiException;
    }
}
