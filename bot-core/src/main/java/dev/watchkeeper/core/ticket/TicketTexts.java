package dev.watchkeeper.core.ticket;

import static java.util.Objects.requireNonNull;

/**
 * What the ticket desk says to members, in Markdown, as {@link String#formatted format strings}
 * whose arguments are listed per text. One record so a community can reword them and translations
 * can be added per language. Staff-facing texts are English-only and live in the desk.
 *
 * @param openedPrivate a ticket opened: ticket id, verification code
 * @param openedInGroup told in the group when a ticket opens there: member name, ticket id
 * @param securityAdvice first advice for a security incident, sent privately
 * @param addedToTicket the member asked again while a ticket is open: ticket id
 * @param unreachableTelegram the bot cannot message a Telegram member: member name, bot handle,
 *     ticket id
 * @param unreachableDiscord the bot cannot DM a Discord member: member name, ticket id
 * @param unreachableOther the bot cannot reach a member privately elsewhere: member name, ticket id
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
 */
public record TicketTexts(
        String openedPrivate,
        String openedInGroup,
        String securityAdvice,
        String addedToTicket,
        String unreachableTelegram,
        String unreachableDiscord,
        String unreachableOther,
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
        String forgetNoLabel) {
    public TicketTexts {
        for (String text : new String[] {
            openedPrivate,
            openedInGroup,
            securityAdvice,
            addedToTicket,
            unreachableTelegram,
            unreachableDiscord,
            unreachableOther,
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
            forgetNoLabel
        }) {
            requireNonNull(text);
        }
    }

    /** The default English texts. */
    public static TicketTexts english() {
        return new TicketTexts(
                "I've opened ticket **%s** for you. A support agent will reply in this chat, through me.\n\n"
                        + "Support will never DM you from a personal account and will never ask for your seed "
                        + "phrase, private keys, passwords or 2FA codes. Your ticket's verification code is "
                        + "`%s`: if anyone contacts you about it, check their code with /verify CODE.",
                "%s, I've opened ticket **%s**. Let's continue in private: I've sent you a direct message. "
                        + "Support will never DM you from a personal account.",
                "This sounds urgent, so it went to the front of the queue. **Do this now:**\n"
                        + "1. Revoke your wallet's token approvals.\n"
                        + "2. Move the remaining funds to a new wallet with a new seed phrase.\n"
                        + "3. Change your passwords and 2FA, and revoke API keys.\n"
                        + "4. Contact support only through official channels: staff never DM you first and never "
                        + "ask for your seed phrase or codes.",
                "Your ticket **%s** is still open; I've added this to it. An agent will reply here.",
                "%s, I can't message you privately yet. Open @%s and press **Start**, and I'll continue "
                        + "ticket **%s** there.",
                "%s, I can't send you a direct message. Allow direct messages from server members (server "
                        + "name → Privacy Settings → Direct Messages), then send me any message in DM to continue "
                        + "ticket **%s**.",
                "%s, I couldn't reach you privately. Send me a private message to continue ticket **%s**.",
                "You're connected. This is your ticket **%s**; its verification code is `%s`.",
                "An agent has picked up your ticket **%s** and will reply here.",
                "**Support · %s:** %s",
                "Your ticket **%s** has been resolved: %s",
                "How did we do on ticket %s? Rate the help you got:",
                "Thanks for rating us %d/5! If you'd like to add a comment, send it as your next message.",
                "Thanks, we've passed your comment on.",
                "Yes: `%s` is the verification code of your ticket **%s**.",
                "**No:** `%s` does not belong to your ticket. Whoever gave it to you is not our support: we only "
                        + "ever talk to you through me. Don't send them anything, and report them to the moderators.",
                "You have no open ticket, so `%s` is not a valid code. Support only ever talks to you through me.",
                "Usage: /verify CODE, with the code someone gave you.",
                "This deletes the messages of your tickets and what I remember of our conversations. Continue?",
                "Done: I deleted the content of %d ticket(s) and %d conversation(s).",
                "OK, nothing was deleted.",
                "Delete my data",
                "Cancel");
    }
}
