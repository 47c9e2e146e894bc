package dev.watchkeeper.core.conversation;

import static java.util.Objects.requireNonNull;

/**
 * The fixed sentences the bot says, in Markdown. One record so that a community can reword them
 * and translations can be added per language.
 *
 * @param welcome the {@code /start} greeting
 * @param help the {@code /help} text
 * @param didYouMean the lead-in of suggestions
 * @param nothingFound the fallback when nothing in the knowledge base is close
 * @param nothingFoundAgain the fallback after several misses in a row
 * @param handOver the acknowledgement when a member is handed to a human
 * @param faqUsage the reply to {@code /faq} without words
 * @param faqNoResults the reply to {@code /faq} when nothing matches
 * @param faqResults the lead-in of a {@code /faq} listing
 * @param thanks the reply to "this helped"
 * @param sorry the reply to "this did not help"
 * @param expiredChoice the reply to a choice the bot no longer knows
 * @param emptyQuestion the reply to an addressed message with no words in it
 * @param humanLabel the label of the "talk to a person" choice
 * @param helpfulLabel the label of the "this helped" choice
 * @param unhelpfulLabel the label of the "this did not help" choice
 */
public record BotTexts(
        String welcome,
        String help,
        String didYouMean,
        String nothingFound,
        String nothingFoundAgain,
        String handOver,
        String faqUsage,
        String faqNoResults,
        String faqResults,
        String thanks,
        String sorry,
        String expiredChoice,
        String emptyQuestion,
        String humanLabel,
        String helpfulLabel,
        String unhelpfulLabel) {
    public BotTexts {
        requireNonNull(welcome);
        requireNonNull(help);
        requireNonNull(didYouMean);
        requireNonNull(nothingFound);
        requireNonNull(nothingFoundAgain);
        requireNonNull(handOver);
        requireNonNull(faqUsage);
        requireNonNull(faqNoResults);
        requireNonNull(faqResults);
        requireNonNull(thanks);
        requireNonNull(sorry);
        requireNonNull(expiredChoice);
        requireNonNull(emptyQuestion);
        requireNonNull(humanLabel);
        requireNonNull(helpfulLabel);
        requireNonNull(unhelpfulLabel);
    }

    /** The default English texts. */
    public static BotTexts english() {
        return new BotTexts(
                "Hi! I'm the community's support bot. Ask me anything about deposits, withdrawals, "
                        + "fees, security or your account, and I'll answer from our help articles. "
                        + "Type /help to see what I can do.\n\n"
                        + "Staff will never DM you first and will never ask for your seed phrase, "
                        + "private keys, passwords or 2FA codes.",
                "Here is what I can do:\n"
                        + "- Ask a question in your own words and I'll answer from our help articles.\n"
                        + "- /faq <words> lists the articles that match.\n"
                        + "- /human hands you over to a support agent.\n"
                        + "- /start shows the welcome message.\n"
                        + "When I offer numbered options, reply with the number to pick one.",
                "I'm not sure I understood. Did you mean:",
                "Sorry, I couldn't find anything about that in our help articles. "
                        + "Try rephrasing, or I can hand you over to a person.",
                "I still can't find an answer to that. A person from the support team can help you.",
                "I'm passing your conversation to the support team; an agent will reply here through "
                        + "me. Support will never DM you from a personal account, and will never ask for "
                        + "your seed phrase, private keys or 2FA codes.",
                "Usage: /faq <words>, for example `/faq withdrawal pending`.",
                "No help articles match those words.",
                "Help articles matching your words:",
                "Glad that helped!",
                "Sorry that didn't help. You can rephrase your question, or talk to a person.",
                "That option is no longer available. Please ask your question again.",
                "Yes? Ask me a question and I'll look it up.",
                "Talk to a person",
                "This helped",
                "This didn't help");
    }
}
