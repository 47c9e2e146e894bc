package dev.watchkeeper.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenUpdatesTest {

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() {
        SeenUpdates seen = new SeenUpdates(10);

        assertThat(seen.firstTime(7)).isTrue();
        assertThat(seen.firstTime(7)).isFalse();
        assertThat(seen.firstTime(8)).isTrue();
    }

    @Test
    void forgetsTheOldestIdsBeyondItsCapacity() {
        SeenUpdates seen = new SeenUpdates(3);
        for (int id = 1; id <= 4; id++) {
            seen.firstTime(id);
        }

        assertThat(seen.firstTime(1)).isTrue();
        assertThat(seen.firstTime(4)).isFalse();
    }
}
