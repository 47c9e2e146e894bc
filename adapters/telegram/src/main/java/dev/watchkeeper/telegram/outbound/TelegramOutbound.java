package dev.watchkeeper.telegram.outbound;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.SendPriority;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.PrivateMessageRefused;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.TicketSpaceOpened;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.outbox.Delivery;
import dev.watchkeeper.telegram.render.Keyboards;
import dev.watchkeeper.telegram.render.MessageSplitter;
import dev.watchkeeper.telegram.render.TelegramHtml;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.forum.CloseForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatSenderChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.RestrictChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ChatPermissions;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Carries the core's decisions out on Telegram: each becomes Bot API calls queued on its chat's
 * lane of the {@link SendQueue} (so they run in order, rate-limited). Ticket spaces are forum
 * topics of the staff chat: the topic is created, reported to the {@link Bot} as a {@link
 * TicketSpaceOpened}, and later posts for the ticket go to it; a private message the member cannot
 * receive is reported as a {@link PrivateMessageRefused}, and the bot's follow-up decisions go out
 * through {@code followUps} (the router, as they may be for another platform). An incident's
 * announcement is one message, reported to the {@link Bot} as an {@link
 * dev.watchkeeper.core.model.AnnouncementPosted} and pinned when asked ({@link AnnouncementSteps}).
 * Each step carries its decision's {@link SendPriority}. Thread-safe; {@link #send} only queues and never blocks on
 * the network.
 */
public final class TelegramOutbound implements Outbound, Delivery {
    private static final Logger log = LoggerFactory.getLogger(TelegramOutbound.class);
    private static final String HTML = "HTML";
    private static final int MAX_TOPIC_NAME = 128;
    static final int MAX_PARTS = 4;

    private final TelegramClient client;
    private final SendQueue queue;
    private final Bot bot;
    private final UserRef self;
    private final Outbound followUps;
    private final Clock clock;
    private final Map<TicketId, Integer> topics = new ConcurrentHashMap<>();
    private final AnnouncementSteps announcements;

    /**
     * @param bot told about opened ticket topics and unreachable members
     * @param self the bot's own account, which opens the topics
     * @param followUps where the bot's decisions about an unreachable member go (the router)
     */
    public TelegramOutbound(
            TelegramClient client, SendQueue queue, Bot bot, UserRef self, Outbound followUps, Clock clock) {
        this.client = client;
        this.queue = queue;
        this.bot = bot;
        this.self = self;
        this.followUps = followUps;
        this.clock = clock;
        this.announcements = new AnnouncementSteps(client, this::report, self, clock);
    }

    @Override
    public void send(List<Decision> decisions) {
        deliver(decisions, () -> {});
    }

    /**
     * Queues the decisions' calls and runs {@code whenSettled} once every one has left the queue
     * (accepted, refused for good, or dropped as stale); never when the queue stops first.
     */
    @Override
    public void deliver(List<Decision> decisions, Runnable whenSettled) {
        List<ApiStep> steps = plan(decisions);
        if (steps.isEmpty()) {
            whenSettled.run();
            return;
        }
        AtomicInteger left = new AtomicInteger(steps.size());
        Runnable stepSettled = () -> {
            if (left.decrementAndGet() == 0) {
                whenSettled.run();
            }
        };
        queue.enqueue(steps.stream().map(step -> step.withSettled(stepSettled)).toList());
    }

    private List<ApiStep> plan(List<Decision> decisions) {
        List<ApiStep> steps = new ArrayList<>();
        for (Decision decision : decisions) {
            if (decision.to().chat().platform() != Platform.TELEGRAM) {
                log.warn(
                        "Dropped a {} for {}",
                        decision.getClass().getSimpleName(),
                        decision.to().chat().platform());
                continue;
            }
            try {
                SendPriority priority = SendPriority.of(decision);
                plan(decision).forEach(step -> steps.add(step.withPriority(priority)));
            } catch (RuntimeException e) {
                log.error("Cannot carry out a {}", decision.getClass().getSimpleName(), e);
            }
        }
        return steps;
    }

    private List<ApiStep> plan(Decision decision) {
        ReplyTarget to = decision.to();
        return switch (decision) {
            case Answer a ->
                message(
                        to,
                        "<b>" + TelegramHtml.escape(a.title()) + "</b>\n\n" + TelegramHtml.fromMarkdown(a.text()),
                        Keyboards.of(a.followUps(), a.feedback()));
            case Suggest s -> markdown(to, s.text(), s.suggestions());
            case Fallback f -> markdown(to, f.text(), f.options());
            case Reply r ->
                message(to, TelegramHtml.fromMarkdown(r.text(), r.mentions()), Keyboards.of(r.options(), List.of()));
            case HandOver h -> markdown(to, h.text(), List.of());
            case SendPrivate p -> privateMessage(p);
            // not answered on its button (the press was handled elsewhere): only its presser may read it
            case PrivateNotice n ->
                message(
                        ReplyTarget.chat(
                                new ChatRef(Platform.TELEGRAM, n.recipient().id(), ChatType.PRIVATE)),
                        TelegramHtml.escape(n.text()),
                        null);
            case StaffAlert s -> message(to, "⚠️ " + TelegramHtml.fromMarkdown(s.text()), null);
            case FlagForReview f -> markdown(to, f.card(), f.actions());
            case PostToTicketSpace p ->
                message(
                        () -> inTopic(to, p.ticketId()),
                        to,
                        TelegramHtml.fromMarkdown(p.text()),
                        Keyboards.of(p.options(), List.of()),
                        e -> {});
            case OpenTicketSpace o -> openTopic(o);
            case CloseTicketSpace c -> closeTopic(c);
            case DeleteMessage d ->
                List.of(unlimited(
                        to,
                        () -> client.execute(
                                org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage.builder()
                                        .chatId(to.chat().id())
                                        .messageId(Integer.parseInt(d.message().id()))
                                        .build())));
            case RestrictMember r -> List.of(unlimited(to, () -> restrict(r)));
            case PostAnnouncement a -> announcements.post(a);
            case EditAnnouncement e -> announcements.edit(e);
        };
    }

    private List<ApiStep> markdown(ReplyTarget to, String markdown, List<Choice> choices) {
        return message(to, TelegramHtml.fromMarkdown(markdown), Keyboards.of(choices, List.of()));
    }

    private List<ApiStep> message(ReplyTarget to, String html, @Nullable InlineKeyboardMarkup keyboard) {
        return message(() -> to, to, html, keyboard, e -> {});
    }

    private List<ApiStep> privateMessage(SendPrivate p) {
        Consumer<TelegramApiException> onFailure = e -> {
            if (p.ticketId() != null && unreachable(e)) {
                report(new PrivateMessageRefused(p.to().chat(), p.recipient(), p.ticketId(), clock.instant()));
            }
            Reply fallback = p.fallback();
            if (fallback != null && unreachable(e)) {
                if (fallback.to().chat().platform() == Platform.TELEGRAM) {
                    // Queued here, so that the leaked-secret notice keeps its moderation priority.
                    SendPriority priority = SendPriority.of(p);
                    queue.enqueue(plan(fallback).stream()
                            .map(step -> step.withPriority(priority))
                            .toList());
                } else {
                    followUps.send(List.of(fallback));
                }
            }
        };
        return message(
                () -> p.to(),
                p.to(),
                TelegramHtml.fromMarkdown(p.text()),
                Keyboards.of(p.options(), List.of()),
                onFailure);
    }

    /** Hands a report on a decision to the bot, like any inbound event, and carries out its answer. */
    private void report(Inbound report) {
        List<Decision> decisions = bot.handle(report);
        if (!decisions.isEmpty()) {
            followUps.send(decisions);
        }
    }

    /** 403: the member blocked the bot or never started it; 400 chat not found: the same for a new id. */
    private static boolean unreachable(TelegramApiException e) {
        return e instanceof TelegramApiRequestException r
                && r.getErrorCode() != null
                && (r.getErrorCode() == 403
                        || r.getErrorCode() == 400
                                && String.valueOf(r.getApiResponse()).contains("chat not found"));
    }

    /**
     * The parts of a message as steps; the first quotes the replied-to message, the last carries
     * the keyboard. The target is resolved when each part is sent, so a ticket's topic created by
     * an earlier step of the same chat is used.
     */
    private List<ApiStep> message(
            Supplier<ReplyTarget> target,
            ReplyTarget planned,
            String html,
            @Nullable InlineKeyboardMarkup keyboard,
            Consumer<TelegramApiException> onFailure) {
        List<String> parts = bounded(MessageSplitter.split(html.isBlank() ? "…" : html));
        List<ApiStep> steps = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean first = i == 0;
            boolean last = i == parts.size() - 1;
            String part = parts.get(i);
            steps.add(new ApiStep(
                    planned.chat().id(),
                    planned.chat().type() == ChatType.GROUP,
                    true,
                    () -> client.execute(sendMessage(target.get(), part, first, last ? keyboard : null)),
                    onFailure));
        }
        return steps;
    }

    /**
     * At most {@link #MAX_PARTS} messages for one decision, so that no input, however long, makes
     * the bot post more: the parts beyond are replaced by a line saying they were left out.
     */
    static List<String> bounded(List<String> parts) {
        if (parts.size() <= MAX_PARTS) {
            return parts;
        }
        List<String> kept = new ArrayList<>(parts.subList(0, MAX_PARTS - 1));
        kept.add("… (" + (parts.size() - MAX_PARTS + 1) + " more part(s) not sent)");
        return kept;
    }

    private static SendMessage sendMessage(
            ReplyTarget to, String html, boolean quote, @Nullable InlineKeyboardMarkup keyboard) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                .chatId(to.chat().id())
                .text(html)
                .parseMode(HTML)
                .linkPreviewOptions(
                        LinkPreviewOptions.builder().isDisabled(true).build());
        if (to.threadId() != null) {
            message.messageThreadId(Integer.parseInt(to.threadId()));
        }
        if (quote && to.replyTo() != null) {
            message.replyParameters(ReplyParameters.builder()
                    .messageId(Integer.parseInt(to.replyTo().id()))
                    .allowSendingWithoutReply(true)
                    .build());
        }
        if (keyboard != null) {
            message.replyMarkup(keyboard);
        }
        return message.build();
    }

    private ReplyTarget inTopic(ReplyTarget to, TicketId ticketId) {
        if (to.threadId() != null) {
            return to;
        }
        Integer topic = topics.get(ticketId);
        return topic == null ? to : new ReplyTarget(to.chat(), topic.toString(), to.replyTo());
    }

    private List<ApiStep> openTopic(OpenTicketSpace open) {
        ReplyTarget to = open.to();
        String name = open.title().strip();
        ApiStep create = new ApiStep(
                to.chat().id(),
                true,
                true,
                () -> {
                    ForumTopic topic = client.execute(CreateForumTopic.builder()
                            .chatId(to.chat().id())
                            .name(name.length() > MAX_TOPIC_NAME ? name.substring(0, MAX_TOPIC_NAME) : name)
                            .build());
                    topics.put(open.ticketId(), topic.getMessageThreadId());
                    report(new TicketSpaceOpened(
                            to.chat(), topic.getMessageThreadId().toString(), open.ticketId(), self, clock.instant()));
                },
                e -> log.warn(
                        "No topic for ticket {} (is the staff chat a forum?): the card goes to the chat",
                        open.ticketId()));
        List<ApiStep> steps = new ArrayList<>();
        steps.add(create);
        steps.addAll(message(
                () -> inTopic(to, open.ticketId()),
                to,
                TelegramHtml.fromMarkdown(open.card()),
                Keyboards.of(open.actions(), List.of()),
                e -> {}));
        return steps;
    }

    private List<ApiStep> closeTopic(CloseTicketSpace close) {
        ReplyTarget to = close.to();
        List<ApiStep> steps = new ArrayList<>(message(
                () -> inTopic(to, close.ticketId()), to, TelegramHtml.fromMarkdown(close.summary()), null, e -> {}));
        steps.add(unlimited(to, () -> {
            String thread = inTopic(to, close.ticketId()).threadId();
            topics.remove(close.ticketId());
            if (thread != null) {
                client.execute(CloseForumTopic.builder()
                        .chatId(to.chat().id())
                        .messageThreadId(Integer.parseInt(thread))
                        .build());
            }
        }));
        return steps;
    }

    private void restrict(RestrictMember r) throws TelegramApiException {
        long user = Long.parseLong(r.member().id());
        if (user < 0) {
            restrictSenderChat(r, user);
            return;
        }
        if (r.kind() == RestrictMember.Kind.BAN) {
            client.execute(BanChatMember.builder()
                    .chatId(r.to().chat().id())
                    .userId(user)
                    .revokeMessages(true)
                    .build());
            return;
        }
        RestrictChatMember mute = RestrictChatMember.builder()
                .chatId(r.to().chat().id())
                .userId(user)
                .permissions(ChatPermissions.builder()
                        .canSendMessages(false)
                        .canSendAudios(false)
                        .canSendDocuments(false)
                        .canSendPhotos(false)
                        .canSendVideos(false)
                        .canSendVideoNotes(false)
                        .canSendVoiceNotes(false)
                        .canSendPolls(false)
                        .canSendOtherMessages(false)
                        .canAddWebPagePreviews(false)
                        .build())
                .build();
        mute.setUntilDateInstant(clock.instant().plus(r.duration()));
        client.execute(mute);
    }

    /**
     * Telegram user ids are positive and chat ids negative: a negative author posted as a chat.
     * A channel can be banned from posting ({@code banChatSenderChat}) but not muted, and a group's
     * anonymous administrators cannot be restricted in their own group at all.
     */
    private void restrictSenderChat(RestrictMember r, long senderChat) throws TelegramApiException {
        String chat = r.to().chat().id();
        if (r.kind() != RestrictMember.Kind.BAN || chat.equals(Long.toString(senderChat))) {
            log.warn("Telegram cannot {} messages sent as chat {} in chat {}", r.kind(), senderChat, chat);
            return;
        }
        client.execute(BanChatSenderChat.builder()
                .chatId(chat)
                .senderChatId(senderChat)
                .build());
    }

    private static ApiStep unlimited(ReplyTarget to, ApiStep.Call call) {
        return new ApiStep(to.chat().id(), to.chat().type() == ChatType.GROUP, false, call, e -> {});
    }
}
