package dev.watchkeeper.config.discord;

import dev.watchkeeper.discord.DiscordSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.discord}: the Discord adapter. Setting the token enables it.
 *
 * @param token the bot token (set it as {@code WATCHKEEPER_DISCORD_TOKEN}); never logged
 * @param guildId the community's server: slash commands are registered there (at once), and only
 *     there does Manage Messages make a moderator; unset registers them globally (Discord takes up
 *     to an hour to show them) and Manage Messages counts nowhere
 * @param modLogChannelId the channel that receives moderation cases with their buttons
 * @param staffChannelId the channel in which each ticket gets a private thread
 * @param moderatorRoleIds role ids whose holders may act on moderation cases (so may members with
 *     the Manage Messages permission in the {@code guildId} server)
 * @param restUrl the REST API base, for a REST proxy
 * @param gatewayUrl the gateway, for a gateway proxy; unset asks the REST API
 * @param botName the bot's name, to read {@code /command@name}
 * @param shards which shards this process runs
 * @param checkJoins whether to check the names of members joining the {@code guildId} server for
 *     impersonation; needs the privileged Server Members intent enabled in the developer portal
 */
@Validated
@ConfigurationProperties("watchkeeper.discord")
public record DiscordProperties(
        @Nullable String token,
        @Nullable @Pattern(regexp = "\\d{1,20}") String guildId,
        @Nullable @Pattern(regexp = "\\d{1,20}") String modLogChannelId,
        @Nullable @Pattern(regexp = "\\d{1,20}") String staffChannelId,
        @DefaultValue Set<@Pattern(regexp = "\\d{1,20}") String> moderatorRoleIds,
        @DefaultValue(DiscordSettings.DISCORD_REST_URL) @NotBlank String restUrl,
        @Nullable String gatewayUrl,
        @DefaultValue("watchkeeper") @NotBlank String botName,
        @DefaultValue @Valid Shards shards,
        @DefaultValue("false") boolean checkJoins) {

    /**
     * The shards this process runs, for bots in many servers.
     *
     * @param total the total number of shards; -1 takes Discord's recommendation
     * @param first the first shard of this process; -1 (with {@code last}) runs all
     * @param last the last shard of this process; -1 (with {@code first}) runs all
     */
    public record Shards(
            @DefaultValue("-1") @Min(-1) int total,
            @DefaultValue("-1") @Min(-1) int first,
            @DefaultValue("-1") @Min(-1) int last) {}

    /** True when a token is set. */
    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    /** The adapter's settings; only when {@link #enabled()}. */
    public DiscordSettings toSettings() {
        if (token == null) {
            throw new IllegalStateException("watchkeeper.discord.token is not set");
        }
        return new DiscordSettings(
                token,
                blankToNull(guildId),
                blankToNull(modLogChannelId),
                blankToNull(staffChannelId),
                moderatorRoleIds,
                restUrl,
                blankToNull(gatewayUrl),
                shards.total(),
                shards.first(),
                shards.last(),
                botName,
                checkJoins);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "DiscordProperties[token=" + (enabled() ? "<redacted>" : "<unset>") + ", guildId=" + guildId
                + ", modLogChannelId=" + modLogChannelId + ", staffChannelId=" + staffChannelId
                + ", moderatorRoleIds=" + moderatorRoleIds + ", restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl
                + ", botName=" + botName + ", shards=" + shards + ", checkJoins=" + checkJoins + "]";
    }
}
