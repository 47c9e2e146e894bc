package dev.watchkeeper.discord.outbound;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.discord.inbound.Place;
import dev.watchkeeper.discord.render.DiscordMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a deferred slash or context-menu command through its interaction hook: the replies the
 * core addressed to the command (its chat and thread, quoting the command or nothing) replace the
 * "thinking…" response and follow it, in order; with none, the response is removed (or, when
 * only its user sees it, says that it is done). Never blocks. Thread-safe.
 */
public final class InteractionReplies {
    private static final Logger log = LoggerFactory.getLogger(InteractionReplies.class);
    static final String DONE = "Done.";

    private final DiscordMessages messages;

    public InteractionReplies(DiscordMessages messages) {
        this.messages = messages;
    }

    /** True when the decision is a reply to the command at {@code place} whose stand-in is {@code command}. */
    public static boolean answers(Decision decision, Place place, MessageRef command) {
        boolean conversational = decision instanceof Answer
                || decision instanceof Suggest
                || decision instanceof Fallback
                || decision instanceof Reply
                || decision instanceof HandOver;
        return conversational
                && decision.to().chat().equals(place.chat())
                && Objects.equals(decision.to().threadId(), place.threadId())
                && (decision.to().replyTo() == null || decision.to().replyTo().equals(command));
    }

    /** Answers an interaction with notices only its user sees (an ephemeral reply). */
    public void notify(IReplyCallback interaction, List<PrivateNotice> notices) {
        List<MessageCreateData> parts = messages.messages(
                String.join("\n", notices.stream().map(PrivateNotice::text).toList()), List.of());
        interaction
                .reply(parts.getFirst())
                .setEphemeral(true)
                .queue(
                        ok -> {},
                        e -> log.warn(
                                "Discord refused the notice to an interaction: {}",
                                e.getClass().getSimpleName()));
    }

    /** Sends the replies through the hook of a deferred interaction. */
    public void reply(InteractionHook hook, boolean ephemeral, List<Decision> replies) {
        List<MessageCreateData> parts = new ArrayList<>();
        replies.forEach(decision -> parts.addAll(messages.render(decision)));
        RestAction<?> chain;
        if (parts.isEmpty()) {
            chain = ephemeral ? hook.editOriginal(DONE) : hook.deleteOriginal();
        } else {
            RestAction<?> edit = hook.editOriginal(MessageEditData.fromCreateData(parts.getFirst()));
            for (MessageCreateData part : parts.subList(1, parts.size())) {
                edit = edit.flatMap(previous -> hook.sendMessage(part).setEphemeral(ephemeral));
            }
            chain = edit;
        }
        chain.queue(
                ok -> {},
                e -> log.warn(
                        "Discord refused the answer to interaction: {}",
                        e.getClass().getSimpleName()));
    }
}
