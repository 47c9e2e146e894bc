package dev.watchkeeper.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
    private static final ReplyTarget GROUP = ReplyTarget.chat(new ChatRef(Platform.CONSOLE, "group", ChatType.GROUP));

    @Test
    void showsWhereAnAnnouncementIsPostedAndWhetherItIsPinnedThenEachEdit() {
        ConsoleRenderer renderer = new ConsoleRenderer();
        IncidentId incident = new IncidentId("INC-1");

        assertThat(renderer.render(new PostAnnouncement(GROUP, incident, "📢 **Withdrawals delayed**", true)))
                .isEqualTo("[announcement in #group, pinned]\n📢 **Withdrawals delayed**");
        assertThat(renderer.render(new PostAnnouncement(GROUP, incident, "📢", false)))
                .isEqualTo("[announcement in #group]\n📢");
        MessageRef posted = new MessageRef(GROUP.chat(), "announcement-1");
        assertThat(renderer.render(new EditAnnouncement(GROUP, incident, posted, "✅ resolved", false)))
                .isEqualTo("[announcement edited, unpinned]\n✅ resolved");
    }

    @Test
    void namesTheMembersAReplyListsByTheirNames() {
        UserRef member = new UserRef(Platform.CONSOLE, "you", "you", "Sam", false);

        String shown = new ConsoleRenderer()
                .render(Reply.naming(GROUP, Mentions.placeholder(0) + ", I removed your message.", List.of(member)));

        assertThat(shown).isEqualTo("Sam, I removed your message.");
    }
}
