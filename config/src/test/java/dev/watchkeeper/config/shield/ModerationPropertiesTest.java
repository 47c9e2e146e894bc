package dev.watchkeeper.config.shield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.moderation.wave.WaveSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ModerationPropertiesTest {

    private static ModerationProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("watchkeeper.moderation", ModerationProperties.class);
    }

    @Test
    void scamWavesNobodySetHaveTheCoreDefaults() {
        assertThat(bind(Map.of()).waves().toSettings()).isEqualTo(WaveSettings.defaults());
    }

    @Test
    void scamWaveSettingsAreReadFromTheirProperties() {
        WaveSettings waves = bind(Map.of(
                        "watchkeeper.moderation.waves.enabled", "false",
                        "watchkeeper.moderation.waves.min-messages", "8",
                        "watchkeeper.moderation.waves.window", "15m",
                        "watchkeeper.moderation.waves.similarity", "0.7",
                        "watchkeeper.moderation.waves.strict-for", "1h"))
                .waves()
                .toSettings();

        assertThat(waves).isEqualTo(new WaveSettings(false, 8, Duration.ofMinutes(15), 0.7, Duration.ofHours(1)));
    }

    @Test
    void aWindowThatIsNotPositiveNamesItsSetting() {
        assertThatThrownBy(() -> bind(Map.of("watchkeeper.moderation.waves.window", "0s"))
                        .waves()
                        .toSettings())
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                    assertThat(e.getName()).isEqualTo("watchkeeper.moderation.waves.window");
                    assertThat(e.getReason()).isEqualTo("must be positive");
                });
    }

    @Test
    void aNegativeStrictModeNamesItsSetting() {
        assertThatThrownBy(() -> bind(Map.of("watchkeeper.moderation.waves.strict-for", "-5m"))
                        .waves()
                        .toSettings())
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> assertThat(e.getName())
                        .isEqualTo("watchkeeper.moderation.waves.strict-for"));
    }
}
