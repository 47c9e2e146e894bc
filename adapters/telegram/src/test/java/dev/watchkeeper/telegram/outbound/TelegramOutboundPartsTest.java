package dev.watchkeeper.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.telegram.render.MessageSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramOutboundPartsTest {
    @Test
    void noTextHoweverLongMakesMoreThanTheMostPartsAndTheLastSaysSo() {
        List<String> parts = MessageSplitter.split("word ".repeat(60_000));

        List<String> sent = TelegramOutbound.bounded(parts);

        assertThat(parts).hasSizeGreaterThan(TelegramOutbound.MAX_PARTS);
        assertThat(sent).hasSize(TelegramOutbound.MAX_PARTS);
        assertThat(sent.getLast()).contains(parts.size() - TelegramOutbound.MAX_PARTS + 1 + " more part(s) not sent");
    }

    @Test
    void aMessageWithinTheMostPartsIsSentWhole() {
        List<String> parts = List.of("one", "two");

        assertThat(TelegramOutbound.bounded(parts)).isEqualTo(parts);
    }
}
