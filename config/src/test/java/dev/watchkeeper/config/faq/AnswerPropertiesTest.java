package dev.watchkeeper.config.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.faq.AnswerThresholds;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

class AnswerPropertiesTest {

    @Test
    void thresholdsNobodySetHaveTheCalibratedDefaults() {
        assertThat(new AnswerProperties(0.5, null, null).toThresholds())
                .isEqualTo(new AnswerThresholds(0.5, 0.25, 0.8));
    }

    @Test
    void thresholdsNobodySetFollowTheAnswerThresholdPastThem() {
        assertThat(new AnswerProperties(0.9, null, null).toThresholds())
                .isEqualTo(new AnswerThresholds(0.9, 0.25, 0.9));
        assertThat(new AnswerProperties(0.2, null, null).toThresholds()).isEqualTo(new AnswerThresholds(0.2, 0.2, 0.8));
    }

    @Test
    void thresholdsThatAreSetAreKept() {
        assertThat(new AnswerProperties(0.6, 0.3, 0.95).toThresholds()).isEqualTo(new AnswerThresholds(0.6, 0.3, 0.95));
    }

    @Test
    void aThresholdSetAgainstTheAnswerThresholdNamesBoth() {
        assertThatThrownBy(() -> new AnswerProperties(0.9, null, 0.7).toThresholds())
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                    assertThat(e.getName()).isEqualTo("watchkeeper.answer.unaddressed-group-threshold");
                    assertThat(e.getReason()).startsWith("0.7 is below watchkeeper.answer.threshold (0.9)");
                });
        assertThatThrownBy(() -> new AnswerProperties(0.3, 0.4, null).toThresholds())
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> assertThat(e.getName())
                        .isEqualTo("watchkeeper.answer.suggest-threshold"));
    }
}
