package dev.watchkeeper.discord;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.discord.inbound.CloseTicketModal;
import dev.watchkeeper.discord.inbound.CommandInput;
import dev.watchkeeper.discord.inbound.EventMapper;
import dev.watchkeeper.discord.inbound.Place;
import dev.watchkeeper.discord.inbound.SlashCommands;
import dev.watchkeeper.discord.outbound.InteractionReplies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.GenericCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord events (messages, interactions, members joining the community's server) into the
 * bot's inbound events and sends every resulting decision on: the
 * replies to a command through its interaction, everything else through the router (so that a
 * decision for another platform reaches that platform's adapter). Interactions are acknowledged
 * (deferred) before the bot runs, well within Discord's three seconds.
 *
 * <p>Each message (and each edit of it), each interaction and each join is first claimed with the {@link
 * EventDeduplicator} ({@link DiscordEventIds}), so that of instances connected to the same shard
 * one handles it, and acknowledges it. Runs on JDA's event thread; the bot does not block on the
 * network, sending only queues requests, and the deduplicator may take one round trip.
 */
final class DiscordListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

    private final Bot bot;
    private final Outbound router;
    private final EventMapper mapper;
    private final InteractionReplies replies;
    private final @Nullable String guildId;
    private final EventDeduplicator events;
    private final MessageCatalog texts;
    private final AtomicBoolean globalCommandsRegistered = new AtomicBoolean();

    DiscordListener(
            Bot bot,
            Outbound router,
            EventMapper mapper,
            InteractionReplies replies,
            @Nullable String guildId,
            EventDeduplicator events,
            MessageCatalog texts) {
        this.events = events;
        this.texts = texts;
        this.bot = bot;
        this.router = router;
        this.mapper = mapper;
        this.replies = replies;
        this.guildId = guildId;
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (guildId == null && globalCommandsRegistered.compareAndSet(false, true)) {
            event.getJDA()
                    .updateCommands()
                    .addCommands(SlashCommands.definitions(texts))
                    .queue(
                            ok -> log.info("Registered the slash commands globally"),
                            e -> failed("register commands", e));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (event.getGuild().getId().equals(guildId)) {
            event.getGuild()
                    .updateCommands()
                    .addCommands(SlashCommands.definitions(texts))
                    .queue(
                            ok -> log.info("Registered the slash commands in server {}", guildId),
                            e -> failed("register commands", e));
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        onMessage(event.getMessage(), event.getJDA().getSelfUser(), false);
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        onMessage(event.getMessage(), event.getJDA().getSelfUser(), true);
    }

    private void onMessage(Message message, User self, boolean edited) {
        if (message.getAuthor().getIdLong() == self.getIdLong()
                || message.getType().isSystem()
                || !events.firstTime(DiscordEventIds.message(message.getId(), message.getTimeEdited()))) {
            return;
        }
        router.send(bot.handle(mapper.message(message, self, edited)));
    }

    /** Arrives only with the Server Members intent, that is when joins are to be checked. */
    @Override
    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
        Member member = event.getMember();
        mapper.joined(member)
                .filter(joined -> events.firstTime(
                        DiscordEventIds.join(event.getGuild().getId(), member.getId(), member.getTimeJoined())))
                .ifPresent(joined -> router.send(bot.handle(joined)));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!firstTime(event)) {
            return;
        }
        Optional<CommandInput> input = SlashCommands.input(event.getName(), event.getOptions());
        if (input.isEmpty()) {
            event.reply("I do not know that command.").setEphemeral(true).queue(ok -> {}, e -> failed("reply", e));
            return;
        }
        answerCommand(event, input.get(), null);
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        if (event.getName().equals(SlashCommands.REPORT_MESSAGE) && firstTime(event)) {
            answerCommand(event, SlashCommands.reportMessage(), event.getTarget());
        }
    }

    private void answerCommand(GenericCommandInteractionEvent event, CommandInput input, @Nullable Message quoted) {
        boolean privately = SlashCommands.answersPrivately(event.getName()) && event.isFromGuild();
        event.deferReply(privately).queue(ok -> {}, e -> failed("acknowledge a command", e));
        Place place = Place.of(event.getChannel(), event.getUser());
        InboundMessage message = mapper.command(
                event,
                place,
                event.getUser(),
                event.getMember(),
                input,
                quoted,
                event.getUserLocale().getLocale());
        MessageRef command = EventMapper.interactionRef(event, place.chat());
        List<Decision> toCommand = new ArrayList<>();
        List<Decision> elsewhere = new ArrayList<>();
        for (Decision decision : bot.handle(message)) {
            (InteractionReplies.answers(decision, place, command) ? toCommand : elsewhere).add(decision);
        }
        replies.reply(event.getHook(), privately, toCommand);
        router.send(elsewhere);
    }

    /**
     * A button press: the bot decides first, then the press is acknowledged, within Discord's three
     * seconds (the bot blocks only for its stores). A press that did nothing is answered to the
     * presser alone (ephemerally); support staff pressing a ticket's Close get the modal for the
     * resolution note; anything else is acknowledged silently.
     */
    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!firstTime(event)) {
            return;
        }
        String action = event.getComponentId();
        Place place = Place.of(event.getChannel(), event.getUser());
        List<Decision> decisions = new ArrayList<>(bot.handle(new ChoiceSelected(
                place.chat(),
                EventMapper.user(event.getUser(), event.getMember()),
                action,
                new MessageRef(place.chat(), event.getMessageId()),
                event.getTimeCreated().toInstant(),
                mapper.roles(event.getMember()))));
        List<PrivateNotice> notices = decisions.stream()
                .filter(PrivateNotice.class::isInstance)
                .map(PrivateNotice.class::cast)
                .filter(notice -> notice.recipient().id().equals(event.getUser().getId()))
                .toList();
        decisions.removeAll(notices);
        Optional<TicketId> closing = CloseTicketModal.closes(action)
                .filter(ticket -> decisions.stream().anyMatch(d -> CloseTicketModal.asksForNote(d, ticket)));
        if (closing.isPresent()) {
            decisions.removeIf(d -> CloseTicketModal.asksForNote(d, closing.get()));
            event.replyModal(CloseTicketModal.forTicket(closing.get())).queue(ok -> {}, e -> failed("open a modal", e));
        } else if (!notices.isEmpty()) {
            replies.notify(event, notices);
        } else {
            event.deferEdit().queue(ok -> {}, e -> failed("acknowledge a button", e));
        }
        router.send(decisions);
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Optional<TicketId> ticket = CloseTicketModal.ticketOf(event.getModalId());
        if (ticket.isEmpty() || !firstTime(event)) {
            return;
        }
        event.deferEdit().queue(ok -> {}, e -> failed("acknowledge a modal", e));
        ModalMapping note = event.getValue(CloseTicketModal.noteField());
        Place place = Place.of(event.getChannel(), event.getUser());
        router.send(bot.handle(mapper.command(
                event,
                place,
                event.getUser(),
                event.getMember(),
                CloseTicketModal.command(ticket.get(), note == null ? "" : note.getAsString()),
                null,
                event.getUserLocale().getLocale())));
    }

    private boolean firstTime(Interaction interaction) {
        return events.firstTime(DiscordEventIds.interaction(interaction.getId()));
    }

    private static void failed(String what, Throwable e) {
        log.warn("Discord refused to {}: {}", what, e.getClass().getSimpleName());
    }
}
