package dev.watchkeeper.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link MemberActivity} must have. */
public abstract class MemberActivityContract {
    /** Counts all at zero, exact up to at least {@link #WINDOW}. */
    protected abstract MemberActivity newActivity();

    /** The first-messages window the implementations under test are set up for. */
    protected static final int WINDOW = 5;

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

    @Test
    void countsExactlyThroughTheWindowAndNeverLessAfterIt() {
        MemberActivity activity = newActivity();
        ChatRef group = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
        UserRef bob = UserRef.member(Platform.TELEGRAM, "7");

        for (int before = 0; before < WINDOW; before++) {
            assertThat(activity.countMessage(group, bob)).isEqualTo(before);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(activity.countMessage(group, bob)).isGreaterThanOrEqualTo(WINDOW);
        }
    }
}
