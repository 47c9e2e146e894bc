package dev.watchkeeper.discord.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageNoncesTest {
    @Test
    void aMessageOfAnEntryCarriedOutAgainHasTheSameNonce() {
        MessageNonces first = new MessageNonces("1733240000000-0", 2);
        MessageNonces again = new MessageNonces("1733240000000-0", 2);

        assertThat(again.of(1, "Check the explorer.")).isEqualTo(first.of(1, "Check the explorer."));
    }

    @Test
    void everyOtherMessageHasAnotherNonceOfAtMostDiscordsLength() {
        String nonce = new MessageNonces("1733240000000-0", 2).of(1, "Check the explorer.");

        assertThat(Stream.of(
                        new MessageNonces("1733240000000-1", 2).of(1, "Check the explorer."),
                        new MessageNonces("1733240000000-0", 3).of(1, "Check the explorer."),
                        new MessageNonces("1733240000000-0", 2).of(0, "Check the explorer."),
                        new MessageNonces("1733240000000-0", 2).of(1, "Check the block explorer.")))
                .doesNotContain(nonce)
                .doesNotHaveDuplicates();
        assertThat(nonce).hasSize(MessageNonces.LENGTH).matches("[0-9a-f]+");
    }

    @Test
    void aDecisionSentWithoutTheOutboxLeavesTheNonceToJda() {
        assertThat(MessageNonces.NONE.of(0, "hello")).isNull();
    }
}
