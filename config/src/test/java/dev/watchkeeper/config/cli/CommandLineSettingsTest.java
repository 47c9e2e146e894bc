package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class CommandLineSettingsTest {

    @Test
    void takesSettingsOutFromAnyPositionAndLeavesTheRest() {
        CommandLineSettings split = CommandLineSettings.split(
                "--watchkeeper.store=redis", "check", "--json", "hello", "--server.port=8080", "--bogus=1");

        assertThat(split.settings()).containsExactly(entry("watchkeeper.store", "redis"), entry("server.port", "8080"));
        assertThat(split.arguments()).containsExactly("check", "--json", "hello", "--bogus=1");
    }

    @Test
    void aRepeatedSettingKeepsItsLastValue() {
        CommandLineSettings split =
                CommandLineSettings.split("--watchkeeper.answer.threshold=0.6", "--watchkeeper.answer.threshold=0.7");

        assertThat(split.settings()).containsExactly(entry("watchkeeper.answer.threshold", "0.7"));
    }

    @Test
    void leavesEverythingAfterTheEndOfOptionsAlone() {
        CommandLineSettings split = CommandLineSettings.split("ask", "--", "--watchkeeper.store=redis");

        assertThat(split.settings()).isEmpty();
        assertThat(split.arguments()).containsExactly("ask", "--", "--watchkeeper.store=redis");
    }

    @Test
    void tellsANameWithoutItsValue() {
        assertThat(CommandLineSettings.isNameAlone("--watchkeeper.kb.path")).isTrue();
        assertThat(CommandLineSettings.isNameAlone("--watchkeeper.kb.path=/srv/kb"))
                .isFalse();
        assertThat(CommandLineSettings.isNameAlone("--json")).isFalse();
    }
}
