package dev.watchkeeper.core.incident.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageGroupsTest {
    private final MessageGroups groups = MessageGroups.defaults();

    @Test
    void theSameComplaintInOtherWordsJoinsOneGroup() {
        String first = groups.topicOf("app crashes when I open the wallet screen after update")
                .orElseThrow();

        assertThat(groups.topicOf("after update app crashes opening wallet screen"))
                .contains(first);
        assertThat(groups.topicOf("wallet screen crashes the app after the update"))
                .contains(first);
    }

    @Test
    void differentComplaintsStartTheirOwnGroups() {
        String crash = groups.topicOf("app crashes when I open the wallet screen after update")
                .orElseThrow();

        assertThat(groups.topicOf("staking rewards missing since monday for my ETH"))
                .hasValueSatisfying(other -> assertThat(other).isNotEqualTo(crash));
    }

    @Test
    void chineseIsComparedByPairsOfCharacters() {
        String first = groups.topicOf("提币一直在审核中，已经三个小时了").orElseThrow();

        assertThat(groups.topicOf("我的提币一直在审核中，三个小时了")).contains(first);
    }

    @Test
    void shortMessagesAreNoTopic() {
        assertThat(groups.topicOf("help me")).isEmpty();
        assertThat(groups.topicOf("🔥🔥🔥")).isEmpty();
    }

    @Test
    void theOldestGroupsAreForgottenBeyondTheCap() {
        MessageGroups small = new MessageGroups(0.5, 2);
        String a = small.topicOf("alpha bravo charlie delta").orElseThrow();
        small.topicOf("echo foxtrot golf hotel");
        small.topicOf("india juliet kilo lima");

        assertThat(small.topicOf("alpha bravo charlie delta")).hasValueSatisfying(again -> assertThat(again)
                .isEqualTo(a)); // same words, same key, though the group started again
    }
}
