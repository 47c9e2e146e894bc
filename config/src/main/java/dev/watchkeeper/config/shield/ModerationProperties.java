package dev.watchkeeper.config.shield;

import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.PolicyAction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.moderation}: who moderates and what happens automatically.
 *
 * @param moderatorAccounts moderator accounts as {@code platform:id} ({@code telegram:42})
 * @param moderatorRoles role ids or names whose holders moderate ({@code administrator} means the
 *     Telegram chat's admins)
 * @param policy the default policy
 * @param communities policies of single communities, by {@code platform:chatId}
 */
@Validated
@ConfigurationProperties("watchkeeper.moderation")
public record ModerationProperties(
        @DefaultValue Set<String> moderatorAccounts,
        @DefaultValue Set<String> moderatorRoles,
        @DefaultValue @Valid Policy policy,
        @DefaultValue Map<String, @Valid Policy> communities) {

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
