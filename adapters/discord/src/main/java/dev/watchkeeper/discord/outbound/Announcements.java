package dev.watchkeeper.discord.outbound;

import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.discord.render.DiscordMessages;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An incident's announcements in community channels. Posting sends one message (it is edited in
 * place later, so it never spans several), reports it to the bot as an {@link AnnouncementPosted},
 * and pins it when asked; a channel where the bot may not pin is logged once and the announcement
 * stays, unpinned. Editing replaces the text and unpins the message when it is no longer to stay
 * pinned; a message that no longer exists is logged and left (Discord's 404 is not retried). Never
 * blocks: requests are queued on JDA's rate-limited REST client ({@link Attempts}); each result
 * ends once Discord accepted or refused for good, and fails only when the adapter stops first.
 * Thread-safe.
 */
final class Announcements {
    private static final Logger log = LoggerFactory.getLogger(Announcements.class);

    private final DiscordMessages messages;
    private final Consumer<Inbound> report;
    private final Attempts attempts;
    private final Set<String> cannotPin = ConcurrentHashMap.newKeySet();

    /** @param report hands the posted announcement to the bot (and carries out its answer) */
    Announcements(DiscordMessages messages, Consumer<Inbound> report, Attempts attempts) {
        this.messages = messages;
        this.report = report;
        this.attempts = attempts;
    }

    /** Posts the announcement in {@code channel}, reports it, and pins it if asked. */
    CompletableFuture<@Nullable Void> post(PostAnnouncement post, GuildMessageChannel channel, MessageNonces nonces) {
        MessageCreateData data = messages.single(post.text());
        CompletableFuture<Message> sent =
                attempts.submit(() -> channel.sendMessage(data).setNonce(nonces.of(0, data.getContent())));
        return Attempts.settled(
                sent.thenCompose(message -> {
                    report.accept(new AnnouncementPosted(
                            post.to().chat(),
                            new MessageRef(post.to().chat(), message.getId()),
                            post.incident(),
                            DiscordOutbound.self(message.getJDA().getSelfUser()),
                            message.getTimeCreated().toInstant()));
                    return post.pin() ? pin(channel, message) : CompletableFuture.completedFuture(null);
                }),
                e -> log.warn(
                        "The announcement of {} was not posted in channel {}: {}",
                        post.incident(),
                        channel.getId(),
                        why(e)));
    }

    /** Replaces the announcement's text in {@code channel}, and unpins it when it is not to stay pinned. */
    CompletableFuture<@Nullable Void> edit(EditAnnouncement edit, GuildMessageChannel channel) {
        String id = edit.message().id();
        MessageEditData data = MessageEditData.fromCreateData(messages.single(edit.text()));
        return Attempts.settled(
                attempts.submit(() -> channel.editMessageById(id, data)).thenCompose(edited -> {
                    if (!edit.pinned() && edited.isPinned()) {
                        return unpin(channel, id);
                    }
                    return CompletableFuture.completedFuture(null);
                }),
                e -> log.warn(
                        "The announcement of {} (message {} in channel {}) cannot be edited: {}",
                        edit.incident(),
                        id,
                        channel.getId(),
                        gone(e) ? "it no longer exists" : why(e)));
    }

    private CompletableFuture<@Nullable Void> pin(GuildMessageChannel channel, Message message) {
        return Attempts.settled(attempts.submit(message::pin), e -> notPinned(channel, e));
    }

    private CompletableFuture<@Nullable Void> unpin(GuildMessageChannel channel, String id) {
        return Attempts.settled(
                attempts.submit(() -> channel.unpinMessageById(id)),
                e -> log.debug("Message {} in channel {} not unpinned: {}", id, channel.getId(), why(e)));
    }

    /** A channel where the bot may not pin is told once; any other failure each time. */
    private void notPinned(GuildMessageChannel channel, Throwable e) {
        boolean noRight = e instanceof InsufficientPermissionException
                || e instanceof ErrorResponseException error
                        && (error.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                                || error.getErrorResponse() == ErrorResponse.MISSING_ACCESS);
        if (!noRight) {
            log.warn("An incident announcement in channel {} was not pinned: {}", channel.getId(), why(e));
        } else if (cannotPin.add(channel.getId())) {
            log.warn(
                    "Cannot pin in channel {} ({}): incident announcements there stay unpinned",
                    channel.getId(),
                    why(e));
        }
    }

    private static boolean gone(Throwable e) {
        return e instanceof ErrorResponseException error && error.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE;
    }

    private static String why(Throwable e) {
        if (e instanceof ErrorResponseException error) {
            return error.getErrorCode() + " " + error.getErrorResponse().name();
        }
        if (e instanceof InsufficientPermissionException permission) {
            return "missing " + permission.getPermission().name();
        }
        return e.getClass().getSimpleName();
    }
}
