package dev.watchkeeper.telegram.outbound;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.bot.SendPriority;
import java.util.function.Consumer;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One Bot API call in a chat's queue: what it does, whether it counts against the message limits,
 * what to do when it fails for good, and how urgent it is.
 *
 * @param chat the chat id the call concerns (calls of one chat and priority run in order)
 * @param group true for a group chat (the per-group limit applies)
 * @param limited true for messages (the rate limits apply); false for deletes, bans and the like
 * @param call the call, run on a queue thread; may block on the network
 * @param onFailure what to do when the call fails for good (not for rate limiting or retried errors)
 * @param priority moderation goes first in its chat; a stale reply is dropped
 * @param settled run once when the step leaves the queue: done, failed for good, or dropped (not
 *     when the queue stops first)
 */
public record ApiStep(
        String chat,
        boolean group,
        boolean limited,
        Call call,
        Consumer<TelegramApiException> onFailure,
        SendPriority priority,
        Runnable settled) {
    private static final Runnable NOTHING = () -> {};

    public ApiStep {
        requireNonNull(chat, "chat");
        requireNonNull(call, "call");
        requireNonNull(onFailure, "onFailure");
        requireNonNull(priority, "priority");
        requireNonNull(settled, "settled");
    }

    /** A step of this priority that reports nothing when settled. */
    public ApiStep(
            String chat,
            boolean group,
            boolean limited,
            Call call,
            Consumer<TelegramApiException> onFailure,
            SendPriority priority) {
        this(chat, group, limited, call, onFailure, priority, NOTHING);
    }

    /** A step of ticket priority (kept in order, never dropped). */
    public ApiStep(String chat, boolean group, boolean limited, Call call, Consumer<TelegramApiException> onFailure) {
        this(chat, group, limited, call, onFailure, SendPriority.TICKET, NOTHING);
    }

    /** This step with another priority. */
    public ApiStep withPriority(SendPriority other) {
        return new ApiStep(chat, group, limited, call, onFailure, other, settled);
    }

    /** This step, reporting to {@code report} when settled. */
    public ApiStep withSettled(Runnable report) {
        return new ApiStep(chat, group, limited, call, onFailure, priority, report);
    }

    /** The call itself. */
    @FunctionalInterface
    public interface Call {
        void run() throws TelegramApiException;
    }
}
