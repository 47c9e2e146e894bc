package dev.watchkeeper.config.shield;

import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.PolicyAction;
import dev.watchkeeper.core.moderation.wave.WaveSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.moderation}: who moderates and what happens automatically.
 *
 * @param moderatorAccounts moderator accounts as {@code platform:id} ({@code telegram:42})
 * @param moderatorRoles role ids or names whose holders moderate ({@code administrator} means the
 *     Telegram chat's admins)
 * @param policy the default policy
 * @param communities policies of single communities, by {@code platform:chatId}
 * @param waves scam waves: when flagged messages make one, and how long new members are judged more
 *     strictly after it
 */
@Validated
@ConfigurationProperties("watchkeeper.moderation")
public record ModerationProperties(
        @DefaultValue Set<String> moderatorAccounts,
        @DefaultValue Set<String> moderatorRoles,
        @DefaultValue @Valid Policy policy,
        @DefaultValue Map<String, @Valid Policy> communities,
        @DefaultValue @Valid Waves waves) {

    /** The policy of communities without their own. */
    public ModerationPolicy defaultPolicy() {
        return policy.toPolicy();
    }

    /** The policies of single communities, by {@code platform:chatId}. */
    public Map<String, ModerationPolicy> communityPolicies() {
        Map<String, ModerationPolicy> policies = new HashMap<>();
        communities.forEach((community, own) -> policies.put(community, own.toPolicy()));
        return policies;
    }

    /**
     * {@code watchkeeper.moderation.waves}: scam waves, looked for in this instance's memory.
     *
     * @param enabled false: no wave is looked for
     * @param minMessages how many near-duplicate flagged messages within the window make a burst
     * @param window how close together the messages of a wave are, and how long a wave must be
     *     quiet before it alerts again
     * @param similarity from which Jaccard similarity of their word pairs two texts are near
     *     duplicates
     * @param strictFor how long after a wave's latest message a new member's suspicious message is
     *     acted on as a scam ({@code 0s}: alerts only)
     */
    public record Waves(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5") @Min(2) @Max(WaveSettings.MOST_MESSAGES) int minMessages,
            @DefaultValue("10m") Duration window,
            @DefaultValue("0.5") @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") double similarity,
            @DefaultValue("30m") Duration strictFor) {
        private static final String PREFIX = "watchkeeper.moderation.waves.";

        /** The core's settings; a window that is not positive or a negative strict-for names its setting. */
        public WaveSettings toSettings() {
            if (window.isNegative() || window.isZero()) {
                throw new InvalidConfigurationPropertyValueException(PREFIX + "window", window, "must be positive");
            }
            if (strictFor.isNegative()) {
                throw new InvalidConfigurationPropertyValueException(
                        PREFIX + "strict-for", strictFor, "must not be negative (0s: alerts only)");
            }
            return new WaveSettings(enabled, minMessages, window, similarity, strictFor);
        }
    }

    /**
     * What happens at each verdict.
     *
     * @param onScam {@code LOG_ONLY}, {@code FLAG}, {@code HIDE_AND_FLAG}, {@code DELETE_AND_BAN} or
     *     {@code DELETE_AND_MUTE}
     * @param onSuspicious the same choices, for suspicious messages
     * @param muteFor how long a mute lasts
     */
    public record Policy(
            @DefaultValue("HIDE_AND_FLAG") @NotNull PolicyAction onScam,
            @DefaultValue("FLAG") @NotNull PolicyAction onSuspicious,
            @DefaultValue("1d") Duration muteFor) {
        ModerationPolicy toPolicy() {
            return new ModerationPolicy(onScam, onSuspicious, muteFor);
        }
    }
}
