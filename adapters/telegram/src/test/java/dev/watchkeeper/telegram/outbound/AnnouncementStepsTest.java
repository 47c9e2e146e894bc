package dev.watchkeeper.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.telegram.render.MessageSplitter;
import org.junit.jupiter.api.Test;

class AnnouncementStepsTest {
    @Test
    void anAnnouncementThatFitsIsPostedWhole() {
        assertThat(AnnouncementSteps.single("📢 <b>Withdrawals delayed</b> (identified)"))
                .isEqualTo("📢 <b>Withdrawals delayed</b> (identified)");
    }

    @Test
    void aLongerAnnouncementIsCutToOneMessageAndTheCutMarked() {
        String single = AnnouncementSteps.single("<b>Update</b> " + "word ".repeat(2_000));

        assertThat(single)
                .hasSizeLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT)
                .endsWith(" …");
        assertThat(single).startsWith("<b>Update</b>");
    }

    @Test
    void aBlankAnnouncementIsStillAMessage() {
        assertThat(AnnouncementSteps.single(" ")).isEqualTo("…");
    }
}
