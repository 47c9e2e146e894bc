package dev.watchkeeper.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {
    private static final ReplyTarget GROUP = ReplyTarget.chat(new ChatRef(Platform.DISCORD, "202", ChatType.GROUP));
    private static final UserRef ANNA = new UserRef(Platform.DISCORD, "501", "anna", "Anna", false);
    private static final UserRef LEE = new UserRef(Platform.DISCORD, "502", null, "Lee", false);

    @Test
    void putsEachMembersNameWhereItsPlaceholderIs() {
        String text = Mentions.placeholder(1) + " and " + Mentions.placeholder(0) + ", welcome. "
                + Mentions.placeholder(1) + "?";

        assertThat(Mentions.render(text, List.of(ANNA, LEE), user -> "<" + user.id() + ">"))
                .isEqualTo("<502> and <501>, welcome. <502>?");
    }

    @Test
    void leavesATextThatNamesNoOneAsItIsEvenWhenItLooksLikeAPlaceholder() {
        String typed = "I wrote {{mention:0}} myself";

        assertThat(Mentions.render(typed, List.of(), user -> "<" + user.id() + ">"))
                .isEqualTo(typed);
        assertThat(Reply.of(GROUP, typed).mentions()).isEmpty();
    }

    @Test
    void insertsNamesLiterallyWithoutReadingThemAsPlaceholdersOrGroupReferences() {
        UserRef tricky = new UserRef(Platform.DISCORD, "503", null, "$1 {{mention:0}}", false);

        assertThat(Mentions.render(Mentions.placeholder(0), List.of(tricky), UserRef::shownName))
                .isEqualTo("$1 {{mention:0}}");
    }

    @Test
    void refusesAReplyWhoseTextNamesAMemberItDoesNotList() {
        assertThatThrownBy(() -> Reply.naming(GROUP, Mentions.placeholder(1) + " hi", List.of(ANNA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text names mention 1 but the decision lists 1 member(s)");
        assertThatThrownBy(() -> Mentions.placeholder(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
