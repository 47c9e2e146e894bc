package dev.watchkeeper.discord.outbound;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.PrivateMessageRefused;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.TicketSpaceOpened;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.outbox.Delivery;
import dev.watchkeeper.core.outbox.OutboxEntry;
import dev.watchkeeper.discord.MessageLocations;
import dev.watchkeeper.discord.render.DiscordMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the core's decisions out on Discord: posts (split, with buttons, never pinging), DMs (in
 * the member's DM channel, opened on their user id once and reused), deletions, bans and time-outs,
 * and ticket threads (a private thread in the staff channel per ticket, reported to the {@link Bot}
 * as a {@link TicketSpaceOpened}; posts for the ticket made before the desk knew the thread go to
 * it too; archived and locked when the ticket closes).
 *
 * <p>Never blocks: every request is queued on JDA's rate-limited REST client, made again while a
 * failure may pass ({@link Attempts}), and each decision's messages are chained so they arrive in
 * order. A refusal by Discord is logged (with the channel and error code, never a text) and does not
 * stop the other decisions. A DM refused because the member does not accept DMs (error 50007) is
 * reported to the {@link Bot} as a {@link PrivateMessageRefused} when it belongs to a ticket. An
 * incident's announcement is one message, reported to the {@link Bot} as an {@link
 * dev.watchkeeper.core.model.AnnouncementPosted}, pinned when asked, and edited in place ({@link
 * Announcements}).
 *
 * <p>As the outbox's {@link Delivery}, a batch is settled once every decision in it is accepted or
 * refused for good; never when the adapter stops first. Messages of an outbox entry carry nonces
 * derived from the entry ({@link MessageNonces}), so that Discord creates them once however often
 * the entry is carried out within a few minutes. Thread-safe.
 */
public final class DiscordOutbound implements Outbound, Delivery {
    private static final Logger log = LoggerFactory.getLogger(DiscordOutbound.class);
    private static final Duration LONGEST_TIMEOUT = Duration.ofDays(28);
    private static final int MAX_THREAD_NAME = 100;
    private static final int REMEMBERED_DM_CHANNELS = 10_000;
    private static final int REMEMBERED_TICKET_THREADS = 10_000;
    private static final CompletableFuture<@Nullable Void> DONE = CompletableFuture.completedFuture(null);

    private final Supplier<ShardManager> shards;
    private final Bot bot;
    private final Outbound followUps;
    private final DiscordMessages messages;
    private final MessageLocations locations;
    private final Attempts attempts = new Attempts();
    private final PrivateChannels directMessages;
    private final TicketThreads threads = new TicketThreads(REMEMBERED_TICKET_THREADS);
    private final Announcements announcements;

    /**
     * @param shards the running shards (set once connected)
     * @param bot told about opened ticket threads and unreachable members
     * @param followUps where the bot's decisions about an unreachable member go (the router)
     */
    public DiscordOutbound(
            Supplier<ShardManager> shards,
            Bot bot,
            Outbound followUps,
            DiscordMessages messages,
            MessageLocations locations) {
        this.shards = shards;
        this.bot = bot;
        this.followUps = followUps;
        this.messages = messages;
        this.locations = locations;
        this.directMessages = new PrivateChannels(
                userId -> attempts.submit(() -> anyShard().openPrivateChannelById(userId)), REMEMBERED_DM_CHANNELS);
        this.announcements = new Announcements(messages, this::report, attempts);
    }

    @Override
    public void send(List<Decision> decisions) {
        carryOut(null, decisions, () -> {});
    }

    @Override
    public void deliver(List<Decision> decisions, Runnable whenSettled) {
        carryOut(null, decisions, whenSettled);
    }

    @Override
    public void deliver(OutboxEntry entry, Runnable whenSettled) {
        carryOut(entry.id(), entry.decisions(), whenSettled);
    }

    /** Stops making requests again; what waits for a repeat stays unsettled. */
    public void stop() {
        attempts.stop();
    }

    /** Makes requests again after {@link #stop()}: the adapter started again. */
    public void resume() {
        attempts.resume();
    }

    private void carryOut(@Nullable String entryId, List<Decision> decisions, Runnable whenSettled) {
        List<CompletableFuture<?>> settled = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            try {
                settled.add(carryOut(decision, new MessageNonces(entryId, i)));
            } catch (RuntimeException e) {
                if (attempts.stopped()) {
                    // The shards are gone with the stop: the batch stays in the outbox.
                    settled.add(CompletableFuture.failedFuture(new Attempts.Stopped()));
                    continue;
                }
                log.warn(
                        "Could not carry out {} in chat {}: {}",
                        decision.getClass().getSimpleName(),
                        decision.to().chat().id(),
                        e.toString());
            }
        }
        CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).whenComplete((ok, stopped) -> {
            if (stopped == null) {
                whenSettled.run();
            }
        });
    }

    private CompletableFuture<?> carryOut(Decision decision, MessageNonces nonces) {
        return switch (decision) {
            case DeleteMessage delete -> delete(delete);
            case RestrictMember restrict -> restrict(restrict);
            case OpenTicketSpace open -> openSpace(open, nonces);
            case CloseTicketSpace close -> closeSpace(close, nonces);
            case SendPrivate message -> sendPrivate(message, nonces);
            // the press it answered is gone (another instance took it): only its presser may read it
            case PrivateNotice notice ->
                Attempts.settled(
                        directMessages.send(
                                notice.recipient().id(),
                                channel -> sendAll(channel, messages.render(notice), null, nonces)),
                        e -> refused(notice, "DM", e));
            case PostAnnouncement post -> inChannel(post, channel -> announcements.post(post, channel, nonces));
            case EditAnnouncement edit -> inChannel(edit, channel -> announcements.edit(edit, channel));
            default -> post(decision, messages.render(decision), nonces);
        };
    }

    private CompletableFuture<?> post(Decision decision, List<MessageCreateData> data, MessageNonces nonces) {
        ReplyTarget to = decision.to();
        TicketId ticket = decision instanceof PostToTicketSpace space ? space.ticketId() : null;
        if (to.threadId() == null && ticket != null) {
            CompletableFuture<?> inThread = threads.whenKnown(
                    ticket, thread -> postIn(decision, data, new ReplyTarget(to.chat(), thread, to.replyTo()), nonces));
            if (inThread != null) {
                return inThread;
            }
        }
        return postIn(decision, data, to, nonces);
    }

    private CompletableFuture<@Nullable Void> postIn(
            Decision decision, List<MessageCreateData> data, ReplyTarget to, MessageNonces nonces) {
        if (to.chat().isPrivate()) {
            return Attempts.settled(
                    directMessages.send(to.chat().id(), channel -> sendAll(channel, data, null, nonces)),
                    e -> refused(decision, "DM", e));
        }
        String channelId = to.threadId() != null ? to.threadId() : to.chat().id();
        GuildMessageChannel channel = channel(channelId);
        if (channel == null) {
            return DONE;
        }
        String replyTo = to.replyTo() == null ? null : to.replyTo().id();
        return Attempts.settled(sendAll(channel, data, replyTo, nonces), e -> refused(decision, channelId, e));
    }

    /** Runs {@code action} on the community channel the decision targets, when the bot knows it. */
    private CompletableFuture<?> inChannel(
            Decision decision, Function<GuildMessageChannel, CompletableFuture<?>> action) {
        GuildMessageChannel channel = channel(decision.to().chat().id());
        return channel == null ? DONE : action.apply(channel);
    }

    private CompletableFuture<@Nullable Void> sendPrivate(SendPrivate message, MessageNonces nonces) {
        List<MessageCreateData> data = messages.render(message);
        return Attempts.settled(
                directMessages.send(message.to().chat().id(), channel -> sendAll(channel, data, null, nonces)), e -> {
                    refused(message, "DM", e);
                    boolean closed = e instanceof ErrorResponseException error
                            && error.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER;
                    if (closed && message.ticketId() != null) {
                        report(new PrivateMessageRefused(
                                message.to().chat(), message.recipient(), message.ticketId(), Instant.now()));
                    }
                    if (closed && message.fallback() != null) {
                        followUps.send(List.of(message.fallback()));
                    }
                });
    }

    /** Hands a report on a decision to the bot, like any inbound event, and carries out its answer. */
    private void report(Inbound report) {
        List<Decision> decisions = bot.handle(report);
        if (!decisions.isEmpty()) {
            followUps.send(decisions);
        }
    }

    /** The bot's own account, as the core names it. */
    static UserRef self(User bot) {
        return new UserRef(Platform.DISCORD, bot.getId(), bot.getName(), null, true);
    }

    private CompletableFuture<?> delete(DeleteMessage delete) {
        if (delete.message().chat().isPrivate()) {
            log.debug(
                    "Bots cannot delete members' DMs; message {} stays",
                    delete.message().id());
            return DONE;
        }
        String channelId = locations
                .threadOf(delete.message().id())
                .orElse(delete.message().chat().id());
        GuildMessageChannel channel = channel(channelId);
        if (channel == null) {
            return DONE;
        }
        // Deleting is idempotent: a message already gone (10008) is refused for good, not retried.
        return Attempts.settled(
                attempts.submit(
                        () -> channel.deleteMessageById(delete.message().id()).reason(delete.reason())),
                e -> refused(delete, channelId, e));
    }

    private CompletableFuture<?> restrict(RestrictMember restrict) {
        GuildMessageChannel channel = channel(restrict.to().chat().id());
        if (channel == null) {
            return DONE;
        }
        Guild guild = channel.getGuild();
        UserSnowflake member = UserSnowflake.fromId(restrict.member().id());
        // A ban is a PUT and a time-out sets an end time: carried out twice, they do it once.
        Supplier<RestAction<Void>> action =
                switch (restrict.kind()) {
                    case BAN -> () -> guild.ban(member, 1, TimeUnit.DAYS).reason(restrict.reason());
                    case MUTE -> {
                        Duration duration = restrict.duration() == null ? Duration.ofHours(1) : restrict.duration();
                        Duration capped = duration.compareTo(LONGEST_TIMEOUT) > 0 ? LONGEST_TIMEOUT : duration;
                        yield () -> guild.timeoutFor(member, capped).reason(restrict.reason());
                    }
                };
        return Attempts.settled(attempts.submit(action), e -> refused(restrict, channel.getId(), e));
    }

    private CompletableFuture<?> openSpace(OpenTicketSpace open, MessageNonces nonces) {
        ChatRef staff = open.to().chat();
        List<MessageCreateData> card = messages.render(open);
        if (!(channel(staff.id()) instanceof IThreadContainer container)) {
            log.warn("Staff channel {} cannot hold threads; ticket {} is posted there", staff.id(), open.ticketId());
            return post(open, card, nonces);
        }
        String name = open.title().strip();
        String threadName = name.length() > MAX_THREAD_NAME ? name.substring(0, MAX_THREAD_NAME) : name;
        threads.opening(open.ticketId());
        // Discord takes no nonce for a thread: one opened at a crash, before its answer, opens again.
        CompletableFuture<ThreadChannel> created = attempts.submit(
                () -> container.createThreadChannel(threadName, true).setInvitable(false));
        return created.handle((thread, e) -> {
                    if (e == null) {
                        report(new TicketSpaceOpened(
                                staff,
                                thread.getId(),
                                open.ticketId(),
                                self(thread.getJDA().getSelfUser()),
                                thread.getTimeCreated().toInstant()));
                        return Attempts.settled(
                                        sendAll(thread, card, null, nonces),
                                        failure -> refused(open, thread.getId(), failure))
                                .whenComplete((ok, stopped) -> threads.opened(open.ticketId(), thread.getId()));
                    }
                    threads.failed(open.ticketId());
                    if (Attempts.stoppedBy(e)) {
                        return CompletableFuture.<@Nullable Void>failedFuture(e);
                    }
                    refused(open, staff.id(), Attempts.unwrapped(e));
                    return post(open, card, nonces);
                })
                .thenCompose(step -> step);
    }

    private CompletableFuture<?> closeSpace(CloseTicketSpace close, MessageNonces nonces) {
        if (close.to().threadId() == null) {
            CompletableFuture<?> known = threads.whenKnown(close.ticketId(), thread -> closeIn(close, thread, nonces));
            if (known != null) {
                return known;
            }
        }
        return closeIn(close, close.to().threadId(), nonces);
    }

    private CompletableFuture<@Nullable Void> closeIn(
            CloseTicketSpace close, @Nullable String threadId, MessageNonces nonces) {
        GuildMessageChannel channel =
                channel(threadId != null ? threadId : close.to().chat().id());
        if (channel == null) {
            return DONE;
        }
        CompletableFuture<?> summary = sendAll(channel, messages.render(close), null, nonces);
        if (channel instanceof ThreadChannel thread) {
            summary = summary.thenCompose(m ->
                    attempts.submit(() -> thread.getManager().setLocked(true).setArchived(true)));
        }
        return Attempts.settled(summary, e -> refused(close, channel.getId(), e));
    }

    /** Sends the parts in order, the first one replying to {@code replyTo} when given. */
    private CompletableFuture<Message> sendAll(
            MessageChannel channel, List<MessageCreateData> parts, @Nullable String replyTo, MessageNonces nonces) {
        CompletableFuture<Message> chain = attempts.submit(() -> create(channel, parts.getFirst(), replyTo, nonces, 0));
        for (int i = 1; i < parts.size(); i++) {
            int part = i;
            chain = chain.thenCompose(
                    previous -> attempts.submit(() -> create(channel, parts.get(part), null, nonces, part)));
        }
        return chain;
    }

    private static MessageCreateAction create(
            MessageChannel channel, MessageCreateData data, @Nullable String replyTo, MessageNonces nonces, int part) {
        MessageCreateAction action = channel.sendMessage(data).setNonce(nonces.of(part, data.getContent()));
        return replyTo == null ? action : action.setMessageReference(replyTo).failOnInvalidReply(false);
    }

    private @Nullable GuildMessageChannel channel(String id) {
        GuildMessageChannel channel = shards.get().getChannelById(GuildMessageChannel.class, id);
        if (channel == null) {
            log.warn("Discord channel {} is unknown to the bot (not in its servers, or no access)", id);
        }
        return channel;
    }

    private JDA anyShard() {
        return shards.get().getShardCache().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Discord shard is running"));
    }

    private static void refused(Decision decision, String channel, Throwable e) {
        log.warn("Discord refused {} in {}: {}", decision.getClass().getSimpleName(), channel, Attempts.why(e));
    }
}
