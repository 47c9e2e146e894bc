package dev.watchkeeper.config.faq;

import dev.watchkeeper.core.faq.AnswerThresholds;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.answer}: the confidence thresholds of the answer policy, calibrated on the
 * public evaluation sets (see docs/benchmarks.md).
 *
 * @param threshold answer confidently at or above this confidence
 * @param suggestThreshold offer "Did you mean…" at or above this (below {@code threshold})
 * @param unaddressedGroupThreshold answer group messages that do not address the bot only at or
 *     above this
 */
@Validated
@ConfigurationProperties("watchkeeper.answer")
public record AnswerProperties(
        @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double threshold,
        @DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("1.0") double suggestThreshold,
        @DefaultValue("0.8") @DecimalMin("0.0") @DecimalMax("1.0") double unaddressedGroupThreshold) {

    /** The core's view of these thresholds; throws if they contradict each other. */
    public AnswerThresholds toThresholds() {
        return new AnswerThresholds(threshold, suggestThreshold, unaddressedGroupThreshold);
    }
}
