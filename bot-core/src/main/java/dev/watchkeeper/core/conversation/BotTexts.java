package dev.watchkeeper.core.conversation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import java.util.stream.Stream;

/**
 * The fixed sentences the conversation engine says to members, in Markdown, in one language. They
 * come from the {@code conversation} message bundle (see {@link MessageCatalog}), where a
 * community rewords them; the keys are the component names.
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
 * @param onlyInEnglish the first line of an answer whose article exists only in English
 * @param notInYourLanguage the first line of an answer whose article is not in the member's
 *     language (nor in English)
 * @param apology said in a private chat when something failed on the bot's side
 * @param smallTalkGreeting the reply to a greeting ("hi", "gm"): a short offer of help
 * @param smallTalkThanks the reply to thanks: a short "you're welcome"
 * @param smallTalkGoodbye the reply to a goodbye
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
        String unhelpfulLabel,
        String onlyInEnglish,
        String notInYourLanguage,
        String apology,
        String smallTalkGreeting,
        String smallTalkThanks,
        String smallTalkGoodbye) {
    static final String BUNDLE = "conversation";

    public BotTexts {
        Stream.of(
                        welcome,
                        help,
                        didYouMean,
                        nothingFound,
                        nothingFoundAgain,
                        handOver,
                        faqUsage,
                        faqNoResults,
                        faqResults,
                        thanks,
                        sorry,
                        expiredChoice,
                        emptyQuestion,
                        humanLabel,
                        helpfulLabel,
                        unhelpfulLabel,
                        onlyInEnglish,
                        notInYourLanguage,
                        apology,
                        smallTalkGreeting,
                        smallTalkThanks,
                        smallTalkGoodbye)
                .forEach(text -> requireNonNull(text));
    }

    /** The texts in one language, from the catalog (English where a translation lacks a key). */
    public static BotTexts from(MessageCatalog catalog, String language) {
        MessageCatalog.Texts t = catalog.texts(BUNDLE, language);
        return new BotTexts(
                t.get("welcome"),
                t.get("help"),
                t.get("didYouMean"),
                t.get("nothingFound"),
                t.get("nothingFoundAgain"),
                t.get("handOver"),
                t.get("faqUsage"),
                t.get("faqNoResults"),
                t.get("faqResults"),
                t.get("thanks"),
                t.get("sorry"),
                t.get("expiredChoice"),
                t.get("emptyQuestion"),
                t.get("humanLabel"),
                t.get("helpfulLabel"),
                t.get("unhelpfulLabel"),
                t.get("onlyInEnglish"),
                t.get("notInYourLanguage"),
                t.get("apology"),
                t.get("smallTalkGreeting"),
                t.get("smallTalkThanks"),
                t.get("smallTalkGoodbye"));
    }

    /** The texts in every language the bot speaks. */
    public static Translations<BotTexts> translations(MessageCatalog catalog) {
        return Translations.of(catalog, BotTexts::from);
    }

    /** The bundled English texts. */
    public static BotTexts english() {
        return from(MessageCatalog.bundled(), "en");
    }
}
