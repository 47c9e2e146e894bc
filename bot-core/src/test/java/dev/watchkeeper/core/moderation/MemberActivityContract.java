package dev.watchkeeper.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link MemberActivity} must have. */
public abstract class MemberActivityContract {
    /** Counts all at zero. */
    protected abstract MemberActivity newActivity();

    @Test
    void countsEachMembersMessagesPerCommunity() {
        MemberActivity activity = newActivity();
        ChatRef group = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
        ChatRef other = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
        UserRef alice = UserRef.member(Platform.TELEGRAM, "42");

        assertThat(activity.countMessage(group, alice)).isZero();
        assertThat(activity.countMessage(group, alice)).isEqualTo(1);
        assertThat(activity.countMessage(group, alice)).isEqualTo(2);
        assertThat(activity.countMessage(other, alice)).isZero();
        assertThat(activity.countMessage(group, UserRef.member(Platform.TELEGRAM, "43")))
                .isZero();
    }
}
