package dev.watchkeeper.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordMessagesTest {
    private static final ReplyTarget CHANNEL = ReplyTarget.chat(new ChatRef(Platform.DISCORD, "202", ChatType.GROUP));

    private final DiscordMessages messages = new DiscordMessages();

    @Test
    void allowsNoMentionsAtAllSoNoTextCanPing() {
        List<MessageCreateData> sent = messages.render(Reply.of(CHANNEL, "@everyone <@&42> look"));

        assertThat(sent).singleElement().satisfies(data -> {
            assertThat(data.getAllowedMentions()).isEmpty();
            assertThat(data.isMentionRepliedUser()).isFalse();
            assertThat(data.getContent()).doesNotContain("@everyone", "<@&42>");
        });
    }

    @Test
    void anAnnouncementIsOneMessageThatPingsNoOneCutAtDiscordsLimitWithTheCutMarked() {
        MessageCreateData whole = messages.single("📢 **Withdrawals delayed** @everyone");
        MessageCreateData cut = messages.single("**Update** " + "word ".repeat(1_000));

        assertThat(whole.getContent()).startsWith("📢 **Withdrawals delayed**").doesNotContain("@everyone");
        assertThat(whole.getAllowedMentions()).isEmpty();
        assertThat(cut.getContent())
                .hasSizeLessThanOrEqualTo(MessageSplitter.DISCORD_LIMIT)
                .startsWith("**Update**")
                .endsWith(" …");
    }

    @Test
    void namesTheMembersADecisionListsAsUserMentionsAndMayPingOnlyThem() {
        UserRef lee = new UserRef(Platform.DISCORD, "520", "lee", "Lee", false);
        UserRef telegramMember = new UserRef(Platform.TELEGRAM, "43", null, "Anna", false);

        List<MessageCreateData> sent = messages.render(Reply.naming(
                CHANNEL,
                Mentions.placeholder(0) + ", I removed it. <@521> " + Mentions.placeholder(1),
                List.of(lee, telegramMember)));

        assertThat(sent).singleElement().satisfies(data -> {
            assertThat(data.getContent()).startsWith("<@520>, I removed it.").endsWith(" Anna");
            assertThat(data.getContent()).doesNotContain("<@521>");
            assertThat(data.getMentionedUsers()).containsExactly("520");
            assertThat(data.getAllowedMentions()).isEmpty();
        });
    }

    @Test
    void putsTheButtonsOnTheLastPartOfALongMessage() {
        String text = ("paragraph " + "word ".repeat(250) + "\n\n").repeat(3);

        List<MessageCreateData> sent =
                messages.render(new Reply(CHANNEL, text, List.of(new Choice("Talk to a person", Choices.HUMAN))));

        assertThat(sent).hasSizeGreaterThan(1);
        assertThat(sent.subList(0, sent.size() - 1))
                .allMatch(d -> d.getComponents().isEmpty());
        assertThat(sent.getLast().getComponents()).hasSize(1);
    }

    @Test
    void noTextHoweverLongMakesMoreThanTheMostPartsAndTheLastSaysSo() {
        String text = "word ".repeat(60_000);

        List<MessageCreateData> sent = messages.render(Reply.of(CHANNEL, text));

        assertThat(sent).hasSize(DiscordMessages.MAX_PARTS);
        assertThat(sent.getLast().getContent()).contains("more part(s) not sent");
    }

    @Test
    void laysOutAtMostFiveButtonsPerRowAndFiveRows() {
        List<Choice> choices = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> choices.add(new Choice("Option " + i, "faq:entry-" + i)));
        choices.add(new Choice("Again", "faq:entry-0"));

        List<ActionRow> rows = ButtonRows.of(choices);

        assertThat(rows).hasSize(ButtonRows.MAX_ROWS);
        assertThat(rows).allMatch(row -> row.getComponents().size() <= ButtonRows.PER_ROW);
        assertThat(rows.getFirst().getComponents().getFirst())
                .isInstanceOfSatisfying(
                        Button.class, b -> assertThat(b.getCustomId()).isEqualTo("faq:entry-0"));
    }

    @Test
    void cutsLabelsToDiscordsLength() {
        List<ActionRow> rows = ButtonRows.of(List.of(new Choice("x".repeat(120), "faq:long")));

        assertThat(rows.getFirst().getComponents().getFirst())
                .isInstanceOfSatisfying(
                        Button.class, b -> assertThat(b.getLabel()).hasSize(80));
    }

    @Test
    void postsNothingForDeletions() {
        ChatRef chat = CHANNEL.chat();
        assertThat(messages.render(new DeleteMessage(CHANNEL, new MessageRef(chat, "1"), "scam")))
                .isEmpty();
    }
}
