package dev.watchkeeper.console;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.language.MemberLanguage;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {
    private final Clock clock = Clock.systemUTC();
    private final StringWriter output = new StringWriter();

    private ConsoleChat chat(String input) {
        return chat(input, IncidentSettings.defaults());
    }

    private ConsoleChat chat(String input, IncidentSettings incidents) {
        InMemoryKnowledgeBase kb = new InMemoryKnowledgeBase(
                entry("deposit-missing", "My deposit has not arrived", "Check the explorer.", "where is my deposit"),
                entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa"));
        BotFixture fixture = new BotFixture(
                kb,
                ConsolePersona.STAFF_CHAT,
                ConsolePersona.MODERATOR_CHAT,
                ConsolePersona.AGENT,
                ConsolePersona.MODERATOR,
                clock,
                Set.of("moderator"),
                MemberLanguage.byScript(),
                "en",
                incidents);
        return new ConsoleChat(
                fixture.bot,
                new ConsoleRenderer(),
                new BufferedReader(new StringReader(input)),
                new PrintWriter(output),
                clock,
                false);
    }

    @Test
    void answersPipedQuestionsAndExitsAtEndOfInput() {
        long handled = chat("where is my deposit\n\nlost phone 2fa\n").run();

        assertThat(handled).isEqualTo(2);
        assertThat(output.toString())
                .contains("bot → you (private): My deposit has not arrived")
                .contains("Check the explorer.")
                .contains("Reset 2FA")
                .doesNotContain("you> ");
    }

    @Test
    void walksTheWholeTicketFlowAsMemberAndAgent() {
        chat("""
                penguins
                1
                /agent
                1
                Hi, I am Alex from support. How can I help?
                /member
                My deposit is stuck, tx 0xabc
                /agent
                /note checked the explorer
                /close sent instructions
                /member
                5
                """)
                .run();

        String out = output.toString();
        assertThat(out).contains("bot → staff WK-1000: New ticket");
        assertThat(out).contains("(you are now Agent Alex in the staff chat, ticket WK-1000)");
        assertThat(out).contains("bot → you (private): ").contains("Hi, I am Alex from support.");
        assertThat(out).contains("bot → staff WK-1000: ").contains("My deposit is stuck");
        assertThat(out).doesNotContain("bot → you (private): checked the explorer");
        assertThat(out).containsIgnoringCase("rate");
    }

    @Test
    void staysSilentInTheGroupUnlessMentioned() {
        chat("/group\nwhere is my deposit\n@watchkeeper where is my deposit\n").run();

        assertThat(output.toString())
                .contains("(you are now the member in the public group)")
                .containsOnlyOnce("bot → group: My deposit has not arrived");
    }

    @Test
    void aCommandAfterTheBotsMentionInTheGroupOpensATicket() {
        chat("/group\n@watchkeeper /human\n").run();

        assertThat(output.toString()).contains("bot → staff WK-1000: New ticket");
    }

    @Test
    void inTheGroupACommandNamingTheBotIsRunAndOneNamingAnotherBotIsNot() {
        chat("/group\n/help@otherbot\n/help@WatchKeeper\n").run();

        assertThat(output.toString()).containsOnlyOnce("bot → group: ").contains("/faq");
    }

    @Test
    void theDemosOwnCommandsAreReadLikeTheBotsWhateverTheirCase() {
        long handled =
                chat("/AGENT wk-1000\n/Member\n/QUIT\nwhere is my deposit\n").run();

        assertThat(handled).isZero();
        assertThat(output.toString())
                .contains("(you are now Agent Alex in the staff chat, ticket WK-1000)")
                .contains("(you are now the member in a private chat");
    }

    @Test
    void deletesAScamInTheGroupAndLetsTheModeratorBanTheAuthor() {
        chat("""
                /group
                Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal
                /mod
                1
                """)
                .run();

        String out = output.toString();
        assertThat(out).contains("bot → group: [deleted message");
        assertThat(out).contains("bot → moderators: Flagged message **MC-1**");
        assertThat(out).contains("bot → group: [ban You: confirmed scam MC-1]");
        assertThat(out).contains("MC-1 confirmed by Moderator Mia: ban");
    }

    @Test
    void removesALeakedSeedPhraseAtOnceAndWarnsTheAuthorPrivately() {
        chat("""
                /group
                my wallet words are abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about
                """)
                .run();

        assertThat(output.toString())
                .contains("bot → group: [deleted message 1: leaked secret]")
                .contains("bot → you (private): I deleted your message because it contained a **seed phrase")
                .doesNotContain("abandon abandon");
    }

    @Test
    void casesOffersEachOpenCaseAndANumberShowsThatCaseNotTheLastCard() {
        chat("""
                /group
                Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal
                send your 12 words to http://exampleex-verify.xyz to claim the airdrop
                /mod
                /cases
                1
                """)
                .run();

        String out = output.toString();
        String listing = out.substring(out.indexOf("bot → moderators: Open moderation cases:"));
        assertThat(listing).contains("1) Show MC-1", "2) Show MC-2");
        String shown = listing.substring(listing.indexOf("2) Show MC-2") + "2) Show MC-2".length());
        assertThat(shown)
                .contains("Flagged message **MC-1**")
                .doesNotContain("MC-2")
                .doesNotContain("[ban");
    }

    @Test
    void closeOnANewTicketAsksFirstAndTheMemberIsNotAskedToRateHelpNobodyGave() {
        chat("""
                I want to talk to a human
                /agent
                2
                1
                """)
                .run();

        String out = output.toString();
        assertThat(out).contains("bot → staff WK-1000: Close WK-1000?").contains("1) Close without a note");
        assertThat(out).contains("bot → you (private): Your ticket **WK-1000** has been resolved");
        assertThat(out).doesNotContainIgnoringCase("rate the help");
    }

    @Test
    void theAgentsTranscriptIsShownAsSentToTheAgent() {
        chat("""
                I want to talk to a human
                /agent
                1
                /transcript
                """)
                .run();

        assertThat(output.toString())
                .contains("bot → Agent Alex (private): Transcript of WK-1000 (for you only):")
                .doesNotContain("bot → you (private): Transcript");
    }

    @Test
    void anIncidentsAnnouncementIsShownInTheGroupAndEachUpdateAsAnEditOfIt() {
        IncidentSettings defaults = IncidentSettings.defaults();
        IncidentSettings announcing = new IncidentSettings(
                true,
                defaults.idPrefix(),
                defaults.signals(),
                defaults.groupSimilarity(),
                List.of(ConsolePersona.group().chat()),
                true,
                true);

        chat(
                        """
                /agent
                /incident open Withdrawals are delayed
                /incident update identified A node upgrade holds them
                /incident resolve All withdrawals are processed
                """,
                        announcing)
                .run();

        String out = output.toString();
        assertThat(out).containsOnlyOnce("bot → group: [announcement in #community, pinned]");
        String edits = out.substring(out.indexOf("[announcement in #community"));
        assertThat(edits)
                .contains("bot → group: [announcement edited]\n    📢 **Withdrawals are delayed** (identified)")
                .contains("A node upgrade holds them")
                .contains("bot → group: [announcement edited, unpinned]\n    📢 **Withdrawals are delayed** (resolved)")
                .contains("All withdrawals are processed");
    }

    @Test
    void stopsAtQuit() {
        long handled = chat("/quit\nwhere is my deposit\n").run();

        assertThat(handled).isZero();
        assertThat(output.toString()).isEmpty();
    }
}
