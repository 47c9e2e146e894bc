package dev.watchkeeper.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of a command to the bot, as every adapter maps a typed message. */
class BotCommandTest {
    private static final Set<String> HANDLES = Set.of("WatchKeeper_bot", "watchkeeper");

    private static Optional<BotCommand> parse(String text) {
        return BotCommand.parse(text, HANDLES);
    }

    @Test
    void readsNameAndArgumentsOfACommandThatNamesNoBot() {
        assertThat(parse("/faq withdrawal fees")).contains(new BotCommand("faq", "withdrawal fees", false));
        assertThat(parse("/human")).contains(new BotCommand("human", "", false));
    }

    @Test
    void readsACommandAddressedToThisBotByAnyOfItsHandlesIgnoringCase() {
        assertThat(parse("/Human@WatchKeeper_bot my card was charged twice"))
                .contains(new BotCommand("human", "my card was charged twice", true));
        assertThat(parse("/cases@WATCHKEEPER")).contains(new BotCommand("cases", "", true));
    }

    @Test
    void aCommandAddressedToAnotherBotIsNoCommand() {
        assertThat(parse("/help@otherbot")).isEmpty();
        assertThat(parse("/report@otherbot free airdrop at scam.example")).isEmpty();
        assertThat(parse("/help@")).isEmpty();
    }

    @Test
    void withNoKnownHandleEveryAddressedCommandIsForAnotherBot() {
        assertThat(BotCommand.parse("/help@watchkeeper", Set.of())).isEmpty();
        assertThat(BotCommand.parse("/help", Set.of())).contains(new BotCommand("help", ""));
    }

    @Test
    void aLeadingMentionOfThisBotAddressesTheCommandAfterIt() {
        assertThat(parse("@watchkeeper /human")).contains(new BotCommand("human", "", true));
        assertThat(parse("  @WatchKeeper_bot   /faq   deposit  ")).contains(new BotCommand("faq", "deposit", true));
    }

    @Test
    void aMentionOfAnotherAccountOrWordsBeforeTheSlashMakeNoCommand() {
        assertThat(parse("@alice /human")).isEmpty();
        assertThat(parse("@watchkeeper where is my deposit")).isEmpty();
        assertThat(parse("@watchkeeper")).isEmpty();
        assertThat(parse("please /human")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/ text", "//human", "/-x", "/hu-man", "/faq!", "/@watchkeeper", "hello"})
    void textThatIsNoCommandIsReadAsNone(String text) {
        assertThat(parse(text)).isEmpty();
    }

    @Test
    void digitsAndUnderscoresAreAName() {
        assertThat(parse("/42")).contains(new BotCommand("42", ""));
        assertThat(parse("/forget_me now")).contains(new BotCommand("forget_me", "now"));
    }

    @Test
    void namesAreLettersOfAnyScriptInLowerCase() {
        assertThat(parse("/ПОМОЩЬ депозит")).contains(new BotCommand("помощь", "депозит"));
        assertThat(parse("/帮助")).contains(new BotCommand("帮助", ""));
        assertThat(parse("/faq 𝒻ees 🚀")).contains(new BotCommand("faq", "𝒻ees 🚀"));
        assertThat(parse("/𝒻aq")).contains(new BotCommand("𝒻aq", ""));
    }

    @Test
    void leadingAndTrailingWhiteSpaceAndLineBreaksAreIgnored() {
        assertThat(parse("   /faq deposit \n")).contains(new BotCommand("faq", "deposit"));
        assertThat(parse("\t/report\nfree airdrop\nclaim now"))
                .contains(new BotCommand("report", "free airdrop\nclaim now"));
    }

    @Test
    void splitsTheArgumentsAtTheFirstWhiteSpace() {
        BotCommand close = parse("/close WK-1000   sorted, thanks").orElseThrow();
        BotCommand claim = parse("/claim WK-1000").orElseThrow();
        BotCommand stats = parse("/stats").orElseThrow();

        assertThat(List.of(close.firstArgument(), close.restArguments())).containsExactly("WK-1000", "sorted, thanks");
        assertThat(List.of(claim.firstArgument(), claim.restArguments())).containsExactly("WK-1000", "");
        assertThat(List.of(stats.firstArgument(), stats.restArguments())).containsExactly("", "");
        assertThat(parse("/reply WK-1\non it").orElseThrow().restArguments()).isEqualTo("on it");
    }

    @Test
    void aCommandBuiltFromAPlatformsOwnCommandIsNormalisedLikeATypedOne() {
        assertThat(new BotCommand("FAQ", "  fees ")).isEqualTo(new BotCommand("faq", "fees", false));
    }

    @Test
    void refusesANameThatCouldNotBeTyped() {
        assertThatThrownBy(() -> new BotCommand("", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a command name: ");
        assertThatThrownBy(() -> new BotCommand("report message", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a command name: report message");
    }
}
