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
import dev.watchkeeper.discord.MessageLocations;
import dev.watchkeeper.discord.render.DiscordMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * <p>Never blocks: every request is queued on JDA's rate-limited REST client, and each decision's
 * messages are chained so they arrive in order. A refusal by Discord is logged (with the channel
 * and error code, never a text) and does not stop the other decisions. A DM refused because the
 * member does not accept DMs (error 50007) is reported to the {@link Bot} as a {@link
 * PrivateMessageRefused} when it belongs to a ticket. An incident's announcement is one message,
 * reported to the {@link Bot} as an {@link dev.watchkeeper.core.model.AnnouncementPosted}, pinned
 * when asked, and edited in place ({@link Announcements}). Thread-safe.
 */
public final class DiscordOutbound implements Outbound {
    private static final Logger log = LoggerFactory.getLogger(DiscordOutbound.class);
    private static final Duration LONGEST_TIMEOUT = Duration.ofDays(28);
    private static final int MAX_THREAD_NAME = 100;
    private static final int REMEMBERED_DM_CHANNELS = 10_000;
    private static final int REMEMBERED_TICKET_THREADS = 10_000;

    private final Supplier<ShardManager> shards;
    private final Bot bot;
    private final Outbound followUps;
    private final DiscordMessages messages;
    private final MessageLocations locations;
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
        this.directMessages = new PrivateChannels(this::anyShard, REMEMBERED_DM_CHANNELS);
        this.announcements = new Announcements(messages, this::report);
    }

    @Override
    public void send(List<Decision> decisions) {
        for (Decision decision : decisions) {
            try {
                carryOut(decision);
            } catch (RuntimeException e) {
                log.warn(
                        "Could not carry out {} in chat {}: {}",
                        decision.getClass().getSimpleName(),
                        decision.to().chat().id(),
                        e.toString());
            }
        }
    }

    private void carryOut(Decision decision) {
        switch (decision) {
            case DeleteMessage delete -> delete(delete);
            case RestrictMember restrict -> restrict(restrict);
            case OpenTicketSpace open -> openSpace(open);
            case CloseTicketSpace close -> closeSpace(close);
            case SendPrivate message -> sendPrivate(message);
            // the press it answered is gone (another instance took it): only its presser may read it
            case PrivateNotice notice ->
                directMessages.send(
                        notice.recipient().id(),
                        channel -> sendAll(channel, messages.render(notice), null),
                        e -> refused(notice, "DM", e));
            case PostAnnouncement post -> inChannel(post, channel -> announcements.post(post, channel));
            case EditAnnouncement edit -> inChannel(edit, channel -> announcements.edit(edit, channel));
            default -> post(decision, messages.render(decision));
        }
    }

    private void post(Decision decision, List<MessageCreateData> data) {
        ReplyTarget to = decision.to();
        TicketId ticket = decision instanceof PostToTicketSpace space ? space.ticketId() : null;
        if (to.threadId() == null
                && ticket != null
                && threads.whenKnown(
                        ticket, thread -> postIn(decision, data, new ReplyTarget(to.chat(), thread, to.replyTo())))) {
            return;
        }
        postIn(decision, data, to);
    }

    private void postIn(Decision decision, List<MessageCreateData> data, ReplyTarget to) {
        if (to.chat().isPrivate()) {
            directMessages.send(
                    to.chat().id(), channel -> sendAll(channel, data, null), e -> refused(decision, "DM", e));
            return;
        }
        String channelId = to.threadId() != null ? to.threadId() : to.chat().id();
        GuildMessageChannel channel = channel(channelId);
        if (channel == null) {
            return;
        }
        String replyTo = to.replyTo() == null ? null : to.replyTo().id();
        sendAll(channel, data, replyTo).queue(ok -> {}, e -> refused(decision, channelId, e));
    }

    /** Runs {@code action} on the community channel the decision targets, when the bot knows it. */
    private void inChannel(Decision decision, Consumer<GuildMessageChannel> action) {
        GuildMessageChannel channel = channel(decision.to().chat().id());
        if (channel != null) {
            action.accept(channel);
        }
    }

    private void sendPrivate(SendPrivate message) {
        List<MessageCreateData> data = messages.render(message);
        directMessages.send(message.to().chat().id(), channel -> sendAll(channel, data, null), e -> {
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

    private void delete(DeleteMessage delete) {
        if (delete.message().chat().isPrivate()) {
            log.debug(
                    "Bots cannot delete members' DMs; message {} stays",
                    delete.message().id());
            return;
        }
        String channelId = locations
                .threadOf(delete.message().id())
                .orElse(delete.message().chat().id());
        GuildMessageChannel channel = channel(channelId);
        if (channel != null) {
            channel.deleteMessageById(delete.message().id())
                    .reason(delete.reason())
                    .queue(ok -> {}, e -> refused(delete, channelId, e));
        }
    }

    private void restrict(RestrictMember restrict) {
        GuildMessageChannel channel = channel(restrict.to().chat().id());
        if (channel == null) {
            return;
        }
        Guild guild = channel.getGuild();
        UserSnowflake member = UserSnowflake.fromId(restrict.member().id());
        RestAction<Void> action =
                switch (restrict.kind()) {
                    case BAN -> guild.ban(member, 1, TimeUnit.DAYS).reason(restrict.reason());
                    case MUTE -> {
                        Duration duration = restrict.duration() == null ? Duration.ofHours(1) : restrict.duration();
                        yield guild.timeoutFor(
                                        member, duration.compareTo(LONGEST_TIMEOUT) > 0 ? LONGEST_TIMEOUT : duration)
                                .reason(restrict.reason());
                    }
                };
        action.queue(ok -> {}, e -> refused(restrict, channel.getId(), e));
    }

    private void openSpace(OpenTicketSpace open) {
        ChatRef staff = open.to().chat();
        List<MessageCreateData> card = messages.render(open);
        if (!(channel(staff.id()) instanceof IThreadContainer container)) {
            log.warn("Staff channel {} cannot hold threads; ticket {} is posted there", staff.id(), open.ticketId());
            post(open, card);
            return;
        }
        String name = open.title().strip();
        threads.opening(open.ticketId());
        container
                .createThreadChannel(name.length() > MAX_THREAD_NAME ? name.substring(0, MAX_THREAD_NAME) : name, true)
                .setInvitable(false)
                .queue(
                        thread -> {
                            report(new TicketSpaceOpened(
                                    staff,
                                    thread.getId(),
                                    open.ticketId(),
                                    self(thread.getJDA().getSelfUser()),
                                    thread.getTimeCreated().toInstant()));
                            sendAll(thread, card, null)
                                    .queue(ok -> threads.opened(open.ticketId(), thread.getId()), e -> {
                                        refused(open, thread.getId(), e);
                                        threads.opened(open.ticketId(), thread.getId());
                                    });
                        },
                        e -> {
                            refused(open, staff.id(), e);
                            threads.failed(open.ticketId());
                            post(open, card);
                        });
    }

    private void closeSpace(CloseTicketSpace close) {
        if (close.to().threadId() != null || !threads.whenKnown(close.ticketId(), thread -> closeIn(close, thread))) {
            closeIn(close, close.to().threadId());
        }
    }

    private void closeIn(CloseTicketSpace close, @Nullable String threadId) {
        GuildMessageChannel channel =
                channel(threadId != null ? threadId : close.to().chat().id());
        if (channel == null) {
            return;
        }
        RestAction<?> summary = sendAll(channel, messages.render(close), null);
        if (channel instanceof ThreadChannel thread) {
            summary = summary.flatMap(m -> thread.getManager().setLocked(true).setArchived(true));
        }
        summary.queue(ok -> {}, e -> refused(close, channel.getId(), e));
    }

    /** Sends the parts in order, the first one replying to {@code replyTo} when given. */
    static RestAction<Message> sendAll(
            MessageChannel channel, List<MessageCreateData> parts, @Nullable String replyTo) {
        MessageCreateAction first = channel.sendMessage(parts.getFirst());
        if (replyTo != null) {
            first = first.setMessageReference(replyTo).failOnInvalidReply(false);
        }
        RestAction<Message> chain = first;
        for (MessageCreateData part : parts.subList(1, parts.size())) {
            chain = chain.flatMap(previous -> channel.sendMessage(part));
        }
        return chain;
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
        String why = e instanceof ErrorResponseException error
                ? error.getErrorCode() + " " + error.getErrorResponse().name()
                : e.getClass().getSimpleName();
        log.warn("Discord refused {} in {}: {}", decision.getClass().getSimpleName(), channel, why);
    }
}
