package dev.watchkeeper.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An inbound message built part by part starts empty and ends as the record it names. */
class InboundMessageTest {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.DISCORD, "g1", ChatType.GROUP);
    private static final UserRef MEMBER = UserRef.member(Platform.DISCORD, "7");
    private static final MessageRef ID = new MessageRef(GROUP, "m1");

    @Test
    void builtWithOnlyTheRequiredPartsIsAPlainEmptyMessageInTheChatOfItsId() {
        InboundMessage message = InboundMessage.builder(ID, MEMBER, T).build();

        assertThat(message.id()).isEqualTo(ID);
        assertThat(message.chat()).isEqualTo(GROUP);
        assertThat(message.author()).isEqualTo(MEMBER);
        assertThat(message.time()).isEqualTo(T);
        assertThat(message.threadId()).isNull();
        assertThat(message.roles()).isEmpty();
        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.replyTo()).isNull();
        assertThat(message.replyToBot()).isFalse();
        assertThat(message.mentionsBot()).isFalse();
        assertThat(message.languageHint()).isNull();
        assertThat(message.edited()).isFalse();
        assertThat(message.quote()).isNull();
        assertThat(message.command()).isNull();
    }

    @Test
    void everyPartSetOnTheBuilderLandsInItsComponent() {
        MessageRef botMessage = new MessageRef(GROUP, "b1");
        InboundMessage.Quote quote = new InboundMessage.Quote(botMessage, MEMBER, "earlier");
        Attachment image = new Attachment("image", "a.png", "https://cdn.example/a.png");

        InboundMessage message = InboundMessage.builder(ID, MEMBER, T)
                .thread("t9")
                .roles(Set.of("support"))
                .text("hello")
                .attachments(List.of(image))
                .replyTo(botMessage)
                .replyToBot(true)
                .mentionsBot(true)
                .languageHint("de")
                .edited(true)
                .quote(quote)
                .command(new BotCommand("faq", "fees"))
                .build();

        assertThat(message)
                .isEqualTo(new InboundMessage(
                        ID,
                        GROUP,
                        "t9",
                        MEMBER,
                        Set.of("support"),
                        "hello",
                        List.of(image),
                        botMessage,
                        true,
                        true,
                        T,
                        LanguageHint.of("de"),
                        true,
                        quote,
                        new BotCommand("faq", "fees")));
    }

    @Test
    void toBuilderCopiesEveryPart() {
        InboundMessage message = InboundMessage.builder(ID, MEMBER, T)
                .thread("t9")
                .roles(Set.of("support"))
                .text("hello")
                .replyTo(new MessageRef(GROUP, "b1"))
                .languageHint("de")
                .edited(true)
                .command(new BotCommand("human", ""))
                .build();

        assertThat(message.toBuilder().build()).isEqualTo(message);
        assertThat(message.toBuilder().text("changed").build().threadId()).isEqualTo("t9");
    }

    @Test
    void copiesChangeOnlyWhatTheySay() {
        InboundMessage message = InboundMessage.text("m1", GROUP, MEMBER, "hello", T);
        MessageRef botMessage = new MessageRef(GROUP, "b1");

        assertThat(message.inThread("t2").threadId()).isEqualTo("t2");
        assertThat(message.withMention().mentionsBot()).isTrue();
        assertThat(message.replyingToBot(botMessage))
                .extracting(InboundMessage::replyTo, InboundMessage::replyToBot, InboundMessage::text)
                .containsExactly(botMessage, true, "hello");
        assertThat(message.inLanguage("fr").languageHint()).isEqualTo("fr");
    }

    @Test
    void decidesItsLanguageOnlyWhenAskedAndOnce() {
        InboundMessage message = InboundMessage.text("m1", GROUP, MEMBER, "hola", T);
        AtomicInteger decisions = new AtomicInteger();

        InboundMessage deciding = message.decidingLanguage(() -> {
            decisions.incrementAndGet();
            return "es";
        });
        InboundMessage copy = deciding.inThread("t2");

        assertThat(decisions).hasValue(0);
        assertThat(deciding.toString()).contains("(decided on use)");
        assertThat(copy.languageHint()).isEqualTo("es");
        assertThat(deciding.languageHint()).isEqualTo("es");
        assertThat(decisions).hasValue(1);
    }

    @Test
    void aPlainTextMessageCarriesTheCommandItsTextStartsWith() {
        assertThat(InboundMessage.text("m1", GROUP, MEMBER, " /FAQ fees", T).command())
                .isEqualTo(new BotCommand("faq", "fees"));
        assertThat(InboundMessage.text("m1", GROUP, MEMBER, "/faq@otherbot fees", T)
                        .command())
                .isNull();
        assertThat(InboundMessage.text("m1", GROUP, MEMBER, "what are the fees?", T)
                        .command())
                .isNull();
    }

    @Test
    void refusesAMissingTextWithItsName() {
        assertThatThrownBy(() -> InboundMessage.builder(ID, MEMBER, T).text(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }
}
