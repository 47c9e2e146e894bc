package dev.watchkeeper.core.moderation.wave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateBurstsTest {
    private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
    private static final ChatRef CHAT = new ChatRef(Platform.TELEGRAM, "-1001", ChatType.GROUP);

    /** Four words of letters only, different for every {@code n}. */
    private static String distinctText(int n) {
        StringBuilder word = new StringBuilder();
        for (int i = n + 26; i > 0; i /= 26) {
            word.append((char) ('a' + i % 26));
        }
        return word + "x " + word + "y " + word + "z " + word + "w";
    }

    @Test
    void keepsAtMostTheCapOfFamiliesMakingRoomWithTheOneQuietLongest() {
        DuplicateBursts bursts = new DuplicateBursts(0.5);
        UserRef author = UserRef.member(Platform.TELEGRAM, "1");

        for (int i = 0; i < DuplicateBursts.MOST_FAMILIES + 40; i++) {
            bursts.add(new Sighting(
                    new MessageRef(CHAT, "m" + i), author, distinctText(i), Set.of(), START.plusMillis(i)));
        }

        assertThat(bursts.size()).isEqualTo(DuplicateBursts.MOST_FAMILIES);
    }

    @Test
    void forgetsAFamilyQuietForTheWindow() {
        DuplicateBursts bursts = new DuplicateBursts(0.5);
        bursts.add(new Sighting(
                new MessageRef(CHAT, "1"), UserRef.member(Platform.TELEGRAM, "1"), distinctText(1), Set.of(), START));

        bursts.forgetBefore(START.plusSeconds(1));

        assertThat(bursts.size()).isZero();
    }

    @Test
    void aTextTooShortToCompareJoinsNoFamily() {
        DuplicateBursts bursts = new DuplicateBursts(0.5);

        assertThat(bursts.add(new Sighting(
                        new MessageRef(CHAT, "1"),
                        UserRef.member(Platform.TELEGRAM, "1"),
                        "claim now 👉",
                        Set.of(),
                        START)))
                .isEmpty();
    }
}
