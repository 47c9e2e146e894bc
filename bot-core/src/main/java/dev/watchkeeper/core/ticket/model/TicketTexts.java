package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;

/**
 * What the ticket desk says to members, in Markdown, in one language, as {@link String#formatted
 * format strings} whose arguments are listed per text. They come from the {@code ticket} message
 * bundle (see {@link MessageCatalog}), where a community rewords them; the keys are the component
 * names.
 *
 * @param openedPrivate a ticket opened: ticket id, verification code
 * @param openedInGroup told in the group when a ticket opens there: member name, ticket id
 * @param securityAdvice first advice for a security incident, sent privately
 * @param addedToTicket the member asked again while a ticket is open: ticket id
 * @param unreachableTelegram the bot cannot message a Telegram member: member name, bot handle,
 *     ticket id
 * @param unreachableDiscord the bot cannot DM a Discord member: member name, ticket id
 * @param unreachableOther the bot cannot reach a member privately elsewhere: member name, ticket id
 * @param supportBotName names the bot when its handle is not configured
 * @param reconnected the member wrote privately after being unreachable: ticket id, code
 * @param claimed an agent picked up the ticket: ticket id
 * @param agentSays an agent's reply relayed to the member: ticket id, text
 * @param resolved the ticket was resolved: ticket id, resolution note
 * @param askRating the rating question: ticket id
 * @param ratingThanks after a rating: score
 * @param commentThanks after a rating comment
 * @param verifyMatches the code belongs to the member's open ticket: code, ticket id
 * @param verifyNoMatch the code does not: code
 * @param verifyNoTicket the member has no open ticket: code
 * @param verifyUsage {@code /verify} without a code
 * @param forgetConfirm asks before erasing the member's data
 * @param forgetDone the data was erased: tickets, conversations
 * @param forgetCancelled erasure cancelled
 * @param forgetYesLabel the label of the "erase" choice
 * @param forgetNoLabel the label of the "cancel" choice
 * @param onlyInEnglish the first line of a knowledge-base answer an agent sends that exists only in
 *     English (shared with the {@code conversation} bundle)
 * @param notInYourLanguage the same for an answer in another language than the member's
 * @param deskAway the ticket store cannot be reached (an outage): the member's ticket can be
 *     neither seen nor opened now
 */
public record TicketTexts(
        String openedPrivate,
        String openedInGroup,
        String securityAdvice,
        String addedToTicket,
        String unreachableTelegram,
        String unreachableDiscord,
        String unreachableOther,
        String supportBotName,
        String reconnected,
        String claimed,
        String agentSays,
        String resolved,
        String askRating,
        String ratingThanks,
        String commentThanks,
        String verifyMatches,
        String verifyNoMatch,
        String verifyNoTicket,
        String verifyUsage,
        String forgetConfirm,
        String forgetDone,
        String forgetCancelled,
        String forgetYesLabel,
        String forgetNoLabel,
        String onlyInEnglish,
        String notInYourLanguage,
        String deskAway) {
    public TicketTexts {
        for (String text : new String[] {
            openedPrivate,
            openedInGroup,
            securityAdvice,
            addedToTicket,
            unreachableTelegram,
            unreachableDiscord,
            unreachableOther,
            supportBotName,
            reconnected,
            claimed,
            agentSays,
            resolved,
            askRating,
            ratingThanks,
            commentThanks,
            verifyMatches,
            verifyNoMatch,
            verifyNoTicket,
            verifyUsage,
            forgetConfirm,
            forgetDone,
            forgetCancelled,
            forgetYesLabel,
            forgetNoLabel,
            onlyInEnglish,
            notInYourLanguage,
            deskAway
        }) {
            requireNonNull(text);
        }
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static TicketTexts from(MessageCatalog catalog, String language) {
        MessageCatalog.Texts t = catalog.texts("ticket", language);
        MessageCatalog.Texts answers = catalog.texts("conversation", language);
        return new TicketTexts(
                t.get("openedPrivate"),
                t.get("openedInGroup"),
                t.get("securityAdvice"),
                t.get("addedToTicket"),
                t.get("unreachableTelegram"),
                t.get("unreachableDiscord"),
                t.get("unreachableOther"),
                t.get("supportBotName"),
                t.get("reconnected"),
                t.get("claimed"),
                t.get("agentSays"),
                t.get("resolved"),
                t.get("askRating"),
                t.get("ratingThanks"),
                t.get("commentThanks"),
                t.get("verifyMatches"),
                t.get("verifyNoMatch"),
                t.get("verifyNoTicket"),
                t.get("verifyUsage"),
                t.get("forgetConfirm"),
                t.get("forgetDone"),
                t.get("forgetCancelled"),
                t.get("forgetYesLabel"),
                t.get("forgetNoLabel"),
                answers.get("onlyInEnglish"),
                answers.get("notInYourLanguage"),
                t.get("deskAway"));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<TicketTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, TicketTexts::from);
    }

    /** The bundled English texts. */
    public static TicketTexts english() {
        return from(MessageCatalog.bundled(), "en");
    }
}
