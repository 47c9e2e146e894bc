package dev.watchkeeper.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateMapperTest {
    private static final String FROM =
            "\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"Kim\",\"language_code\":\"de\"}";
    private static final String GROUP = "\"chat\":{\"id\":-100,\"type\":\"supergroup\",\"title\":\"G\"}";
    private static final String CHANNEL_BOT = "\"from\":{\"id\":136817688,\"is_bot\":true,\"first_name\":\"Channel\"}";
    private final UpdateMapper mapper = new UpdateMapper(
            new BotIdentity(1000, "watchkeeper"),
            new RoleSource() {
                @Override
                public Set<String> rolesOf(long chatId, long userId) {
                    return userId == 9 ? Set.of(RoleSource.ADMINISTRATOR) : Set.of();
                }

                @Override
                public Set<String> anonymousAdminRoles(long chatId) {
                    return chatId == -100 ? Set.of(RoleSource.ADMINISTRATOR) : Set.of();
                }
            },
            Clock.systemUTC());

    private Optional<Inbound> map(String json) throws Exception {
        return mapper.map(new ObjectMapper().readValue(json, Update.class));
    }

    private InboundMessage message(String fields) throws Exception {
        return (InboundMessage) map("{\"update_id\":1,\"message\":{\"message_id\":7,\"date\":1700000000," + GROUP + ","
                        + FROM + "," + fields + "}}")
                .orElseThrow();
    }

    @Test
    void readsCaptionsAndAppendsHiddenLinkTargetsForTheShield() throws Exception {
        InboundMessage m = message("\"photo\":[{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"width\":1,\"height\":1}],"
                + "\"caption\":\"claim here\",\"caption_entities\":[{\"type\":\"text_link\",\"offset\":0,"
                + "\"length\":5,\"url\":\"https://examp1e.com/x\"}]");

        assertThat(m.text()).isEqualTo("claim here\nhttps://examp1e.com/x");
        assertThat(m.attachments()).extracting(a -> a.kind()).containsExactly("image");
        assertThat(m.chat().type()).isEqualTo(ChatType.GROUP);
        assertThat(m.languageHint()).isEqualTo("de");
    }

    @Test
    void commandsForThisBotAddressItAndThoseForOthersStayOrdinaryMessagesForTheShield() throws Exception {
        InboundMessage mine = message("\"text\":\"/help@WatchKeeper please\"");
        InboundMessage theirs = message("\"text\":\"/x@foo_bot claim at okx-claim.xyz\"");

        assertThat(mine.command()).isEqualTo(new BotCommand("help", "please", true));
        assertThat(mine.text()).isEqualTo("/help@WatchKeeper please");
        assertThat(mine.mentionsBot()).isTrue();
        assertThat(theirs.command()).isNull();
        assertThat(theirs.text()).isEqualTo("/x@foo_bot claim at okx-claim.xyz");
        assertThat(theirs.mentionsBot()).isFalse();
        assertThat(theirs.author().id()).isEqualTo("5");
    }

    @Test
    void readsACommandThatNamesNoBotAndOneAfterAMentionOfThisBot() throws Exception {
        assertThat(message("\"text\":\"  /faq withdrawal\"").command()).isEqualTo(new BotCommand("faq", "withdrawal"));
        assertThat(message("\"text\":\"@watchkeeper /human\"").command()).isEqualTo(new BotCommand("human", "", true));
        assertThat(message("\"text\":\"where is my deposit?\"").command()).isNull();
    }

    @Test
    void aReportsWordsCarryTheHiddenLinkTargetsForTheShield() throws Exception {
        InboundMessage report = message("\"text\":\"/report claim here\",\"entities\":[{\"type\":\"text_link\","
                + "\"offset\":8,\"length\":5,\"url\":\"https://examp1e.com/x\"}]");

        assertThat(report.command()).isEqualTo(new BotCommand("report", "claim here\nhttps://examp1e.com/x"));
    }

    @Test
    void aPostAsAChannelIsAuthoredByTheChannelWithoutRoles() throws Exception {
        InboundMessage m = (InboundMessage) map("{\"update_id\":5,\"message\":{\"message_id\":9,\"date\":1," + GROUP
                        + "," + CHANNEL_BOT + ",\"sender_chat\":{\"id\":-1009,\"type\":\"channel\","
                        + "\"title\":\"Airdrop News\",\"username\":\"airdrop_news\"},\"text\":\"claim now\"}}")
                .orElseThrow();

        assertThat(m.author().id()).isEqualTo("-1009");
        assertThat(m.author().displayName()).isEqualTo("Airdrop News");
        assertThat(m.author().username()).isEqualTo("airdrop_news");
        assertThat(m.author().bot()).isFalse();
        assertThat(m.roles()).isEmpty();
        assertThat(m.languageHint()).isNull();
    }

    @Test
    void anAnonymousAdminPostsAsTheGroupWithItsAdminRole() throws Exception {
        InboundMessage m = (InboundMessage) map("{\"update_id\":6,\"message\":{\"message_id\":10,\"date\":1,"
                        + GROUP + ",\"from\":{\"id\":1087968824,\"is_bot\":true,\"first_name\":\"Group\"},"
                        + "\"sender_chat\":{\"id\":-100,\"type\":\"supergroup\",\"title\":\"G\"},"
                        + "\"text\":\"/allow example.com\"}}")
                .orElseThrow();

        assertThat(m.author().id()).isEqualTo("-100");
        assertThat(m.author().bot()).isFalse();
        assertThat(m.roles()).containsExactly(RoleSource.ADMINISTRATOR);
    }

    @Test
    void theLinkedChannelsAutomaticForwardIsNotACommunityMessage() throws Exception {
        Optional<Inbound> forward = map("{\"update_id\":7,\"message\":{\"message_id\":11,\"date\":1," + GROUP
                + "," + CHANNEL_BOT + ",\"sender_chat\":{\"id\":-1008,\"type\":\"channel\",\"title\":\"News\"},"
                + "\"is_automatic_forward\":true,\"text\":\"New listing today\"}}");

        assertThat(forward).isEmpty();
    }

    @Test
    void aReplyToTheBotIsQuotedButTheTopicCreationIsNot() throws Exception {
        InboundMessage reply = message("\"text\":\"thanks\",\"reply_to_message\":{\"message_id\":3,\"date\":1," + GROUP
                + ",\"from\":{\"id\":1000,\"is_bot\":true,\"first_name\":\"WK\"},\"text\":\"answer\"}");
        InboundMessage inTopic = message("\"text\":\"hi\",\"message_thread_id\":77,\"is_topic_message\":true,"
                + "\"reply_to_message\":{\"message_id\":77,\"date\":1," + GROUP
                + ",\"from\":{\"id\":1000,\"is_bot\":true,\"first_name\":\"WK\"},"
                + "\"forum_topic_created\":{\"name\":\"WK-1\",\"icon_color\":0}}");

        assertThat(reply.replyToBot()).isTrue();
        assertThat(reply.quote().text()).isEqualTo("answer");
        assertThat(inTopic.threadId()).isEqualTo("77");
        assertThat(inTopic.replyToBot()).isFalse();
        assertThat(inTopic.quote()).isNull();
    }

    @Test
    void editsAreMarkedAndButtonPressesCarryTheAdminRole() throws Exception {
        InboundMessage edit = (InboundMessage) map("{\"update_id\":3,\"edited_message\":{\"message_id\":7,\"date\":1,"
                        + "\"edit_date\":2," + GROUP + "," + FROM + ",\"text\":\"changed\"}}")
                .orElseThrow();
        ChoiceSelected press = (ChoiceSelected) map("{\"update_id\":4,\"callback_query\":{\"id\":\"q\",\"from\":"
                        + "{\"id\":9,\"is_bot\":false,\"first_name\":\"Mia\"},\"chat_instance\":\"c\",\"data\":\"mod:ban:MC-1\","
                        + "\"message\":{\"message_id\":70,\"date\":1," + GROUP + ",\"text\":\"case\"}}}")
                .orElseThrow();

        assertThat(edit.edited()).isTrue();
        assertThat(press.action()).isEqualTo("mod:ban:MC-1");
        assertThat(press.roles()).containsExactly(RoleSource.ADMINISTRATOR);
        assertThat(press.message().id()).isEqualTo("70");
    }

    @Test
    void membersWhoJoinBecomeJoinEventsAndBotsAreLeftOut() throws Exception {
        Update update = new ObjectMapper()
                .readValue(
                        "{\"update_id\":9,\"message\":{\"message_id\":11,\"date\":1700000000," + GROUP + "," + FROM
                                + ",\"new_chat_members\":[{\"id\":77,\"is_bot\":false,\"first_name\":\"Official\","
                                + "\"last_name\":\"Support\",\"username\":\"admin_support_help\"},"
                                + "{\"id\":78,\"is_bot\":true,\"first_name\":\"SpamBot\"}]}}",
                        Update.class);

        List<Inbound> events = mapper.events(update);

        assertThat(events).singleElement().isInstanceOfSatisfying(MemberJoined.class, joined -> {
            assertThat(joined.author().id()).isEqualTo("77");
            assertThat(joined.author().username()).isEqualTo("admin_support_help");
            assertThat(joined.chat().id()).isEqualTo("-100");
        });
    }
}
