package dev.watchkeeper.core.assembly;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.conversation.BotTexts;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.moderation.ModerationTexts;
import dev.watchkeeper.core.moderation.ModeratorTexts;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.model.TicketTexts;

/**
 * What the features say, per language, and the small talk they recognise.
 *
 * @param bot the conversation engine's texts to members
 * @param tickets the ticket desk's texts to members
 * @param staff the ticket desk's texts to support staff
 * @param moderation moderation's texts to members
 * @param moderators moderation's texts to moderators
 * @param smallTalk greetings, thanks and goodbyes, and their replies
 */
public record FeatureTexts(
        Translations<BotTexts> bot,
        Translations<TicketTexts> tickets,
        Translations<StaffTexts> staff,
        Translations<ModerationTexts> moderation,
        Translations<ModeratorTexts> moderators,
        SmallTalk smallTalk) {
    public FeatureTexts {
        requireNonNull(bot, "bot");
        requireNonNull(tickets, "tickets");
        requireNonNull(staff, "staff");
        requireNonNull(moderation, "moderation");
        requireNonNull(moderators, "moderators");
        requireNonNull(smallTalk, "smallTalk");
    }

    /** Every feature's texts from {@code catalog}, with the bundled small talk. */
    public static FeatureTexts of(MessageCatalog catalog) {
        return new FeatureTexts(
                BotTexts.translations(catalog),
                TicketTexts.translations(catalog),
                StaffTexts.translations(catalog),
                ModerationTexts.translations(catalog),
                ModeratorTexts.translations(catalog),
                SmallTalk.bundled());
    }

    /** The bundled texts in every language. */
    public static FeatureTexts bundled() {
        return of(MessageCatalog.bundled());
    }
}
