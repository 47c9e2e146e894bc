package dev.watchkeeper.telegram.outbound;

import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.telegram.render.MessageSplitter;
import dev.watchkeeper.telegram.render.TelegramHtml;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.UnpinChatMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API calls of an incident's announcement in a community chat. Posting sends one message
 * (an announcement is edited in place later, so it never spans several), reports it to the bot as
 * an {@link AnnouncementPosted}, and pins it without notifying the chat when asked; a chat where
 * the bot may not pin is logged once and the announcement stays, unpinned. Editing replaces the
 * text and unpins it when it is no longer to stay pinned; a message that no longer exists is
 * logged and left, never retried. Rate limits and network errors are the {@link SendQueue}'s.
 * Thread-safe; the calls run on the queue's threads.
 */
final class AnnouncementSteps {
    private static final Logger log = LoggerFactory.getLogger(AnnouncementSteps.class);
    private static final String HTML = "HTML";
    private static final String MORE = " …";
    private static final LinkPreviewOptions NO_PREVIEW =
            LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;
    private final Consumer<Inbound> report;
    private final UserRef self;
    private final Clock clock;
    private final Set<String> cannotPin = ConcurrentHashMap.newKeySet();

    /**
     * @param report hands the posted announcement to the bot (and carries out its answer)
     * @param self the bot's own account, which posts the announcements
     */
    AnnouncementSteps(TelegramClient client, Consumer<Inbound> report, UserRef self, Clock clock) {
        this.client = client;
        this.report = report;
        this.self = self;
        this.clock = clock;
    }

    /** Posts the announcement, reports it, and pins it if asked. */
    List<ApiStep> post(PostAnnouncement post) {
        ReplyTarget to = post.to();
        String chat = to.chat().id();
        String html = single(TelegramHtml.fromMarkdown(post.text()));
        AtomicReference<Integer> posted = new AtomicReference<>();
        List<ApiStep> steps = new ArrayList<>();
        steps.add(step(to, true, () -> {
            Message message = client.execute(SendMessage.builder()
                    .chatId(chat)
                    .text(html)
                    .parseMode(HTML)
                    .linkPreviewOptions(NO_PREVIEW)
                    .build());
            posted.set(message.getMessageId());
            report.accept(new AnnouncementPosted(
                    to.chat(),
                    new MessageRef(to.chat(), message.getMessageId().toString()),
                    post.incident(),
                    self,
                    clock.instant()));
        }));
        if (post.pin()) {
            steps.add(step(to, false, () -> {
                Integer message = posted.get();
                if (message != null) {
                    pin(chat, message);
                }
            }));
        }
        return steps;
    }

    /** Replaces the announcement's text, and unpins it when it is not to stay pinned. */
    List<ApiStep> edit(EditAnnouncement edit) {
        String chat = edit.to().chat().id();
        int message = Integer.parseInt(edit.message().id());
        String html = single(TelegramHtml.fromMarkdown(edit.text()));
        List<ApiStep> steps = new ArrayList<>();
        steps.add(step(edit.to(), true, () -> {
            try {
                client.execute(EditMessageText.builder()
                        .chatId(chat)
                        .messageId(message)
                        .text(html)
                        .parseMode(HTML)
                        .linkPreviewOptions(NO_PREVIEW)
                        .build());
            } catch (TelegramApiRequestException e) {
                if (!final4xx(e)) {
                    throw e; // a 429 or a 5xx: the queue tries again
                }
                // the same text again (an update delivered twice) is no failure
                if (!says(e, "not modified")) {
                    log.warn(
                            "The announcement of {} (message {} in chat {}) cannot be edited: {}",
                            edit.incident(),
                            message,
                            chat,
                            SendQueue.describe(e));
                }
            }
        }));
        if (!edit.pinned()) {
            steps.add(step(edit.to(), false, () -> unpin(chat, message)));
        }
        return steps;
    }

    /**
     * A step in the decision's chat; its failures are logged by the queue. Messages ({@code
     * limited}) count against the send limits, pins do not.
     */
    private static ApiStep step(ReplyTarget to, boolean limited, ApiStep.Call call) {
        return new ApiStep(to.chat().id(), to.chat().type() == ChatType.GROUP, limited, call, e -> {});
    }

    private void pin(String chat, int message) throws TelegramApiException {
        try {
            client.execute(PinChatMessage.builder()
                    .chatId(chat)
                    .messageId(message)
                    .disableNotification(true)
                    .build());
        } catch (TelegramApiRequestException e) {
            if (!final4xx(e)) {
                throw e;
            }
            // a chat where the bot may not pin is told once; any other refusal each time
            boolean noRight = e.getErrorCode() == 403 || says(e, "rights");
            if (!noRight) {
                log.warn("An incident announcement in chat {} was not pinned: {}", chat, SendQueue.describe(e));
            } else if (cannotPin.add(chat)) {
                log.warn(
                        "Cannot pin in chat {} ({}): incident announcements there stay unpinned",
                        chat,
                        SendQueue.describe(e));
            }
        }
    }

    private void unpin(String chat, int message) throws TelegramApiException {
        try {
            client.execute(
                    UnpinChatMessage.builder().chatId(chat).messageId(message).build());
        } catch (TelegramApiRequestException e) {
            if (!final4xx(e)) {
                throw e;
            }
            log.debug("Message {} in chat {} not unpinned: {}", message, chat, SendQueue.describe(e));
        }
    }

    /**
     * The announcement as one message: an announcement is edited in place, so the parts beyond
     * Telegram's limit are cut and the cut marked.
     */
    static String single(String html) {
        if (html.isBlank()) {
            return "…";
        }
        List<String> parts = MessageSplitter.split(html);
        return parts.size() == 1
                ? parts.getFirst()
                : MessageSplitter.split(html, MessageSplitter.TELEGRAM_LIMIT - MORE.length())
                                .getFirst()
                        + MORE;
    }

    /** A refusal that asking again does not change (no right, no such message), unlike a 429 or a 5xx. */
    private static boolean final4xx(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        return code != null && code >= 400 && code < 500 && code != 429;
    }

    private static boolean says(TelegramApiRequestException e, String words) {
        return String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT).contains(words);
    }
}
