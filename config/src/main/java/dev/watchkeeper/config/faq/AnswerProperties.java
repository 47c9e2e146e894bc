package dev.watchkeeper.config.faq;

import dev.watchkeeper.core.faq.AnswerThresholds;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.answer}: the confidence thresholds of the answer policy, calibrated on the
 * public evaluation sets (see docs/benchmarks.md). The two that depend on {@code threshold} follow
 * it when they are not set, so that moving it alone never contradicts a value nobody set.
 *
 * @param threshold answer confidently at or above this confidence
 * @param suggestThreshold offer "Did you mean…" at or above this (below {@code threshold}); unset:
 *     0.25, or {@code threshold} when that is lower
 * @param unaddressedGroupThreshold answer group messages that do not address the bot only at or
 *     above this; unset: 0.8, or {@code threshold} when that is higher
 */
@Validated
@ConfigurationProperties("watchkeeper.answer")
public record AnswerProperties(
        @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double threshold,
        @Nullable @DecimalMin("0.0") @DecimalMax("1.0") Double suggestThreshold,
        @Nullable @DecimalMin("0.0") @DecimalMax("1.0") Double unaddressedGroupThreshold) {
    static final double SUGGEST = 0.25;
    static final double UNADDRESSED_GROUP = 0.8;

    /**
     * The core's view of these thresholds.
     *
     * @throws InvalidConfigurationPropertyValueException when a threshold that is set contradicts
     *     {@code threshold}
     */
    public AnswerThresholds toThresholds() {
        double suggest = suggestThreshold == null ? Math.min(SUGGEST, threshold) : suggestThreshold;
        double unaddressedGroup =
                unaddressedGroupThreshold == null ? Math.max(UNADDRESSED_GROUP, threshold) : unaddressedGroupThreshold;
        if (suggest > threshold) {
            throw contradiction("watchkeeper.answer.suggest-threshold", suggest, "above");
        }
        if (unaddressedGroup < threshold) {
            throw contradiction("watchkeeper.answer.unaddressed-group-threshold", unaddressedGroup, "below");
        }
        return new AnswerThresholds(threshold, suggest, unaddressedGroup);
    }

    private InvalidConfigurationPropertyValueException contradiction(String name, double value, String side) {
        return new InvalidConfigurationPropertyValueException(
                name,
                value,
                value + " is " + side + " watchkeeper.answer.threshold (" + threshold
                        + "): change either, or leave it unset to follow the threshold");
    }
}
