package dev.watchkeeper.discord;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the adapter connects and where it posts.
 *
 * @param token the bot token; secret: {@link #toString()} never shows it
 * @param guildId the community's server: its slash commands are registered guild-scoped (they
 *     appear at once) and only its members with Manage Messages moderate; null registers them
 *     globally and Manage Messages counts nowhere
 * @param modLogChannelId the channel that receives moderation cases, if any
 * @param staffChannelId the channel in which each ticket gets a private thread, if any
 * @param moderatorRoleIds role ids whose holders may act on moderation cases
 * @param restUrl the REST API base ({@code https://discord.com/api/v10/} or a proxy)
 * @param gatewayUrl the gateway to connect to; null asks the REST API for it
 * @param shardsTotal the total number of shards; -1 takes Discord's recommendation
 * @param firstShard the first shard this process runs; -1 runs all shards
 * @param lastShard the last shard this process runs; -1 runs all shards
 * @param botName the bot's name, to read {@code /command@name}
 * @param checkJoins whether to receive members joining the {@code guildId} server and check their
 *     names for impersonation; needs the privileged Server Members intent, enabled in the developer
 *     portal (without it Discord refuses the connection)
 */
public record DiscordSettings(
        String token,
        @Nullable String guildId,
        @Nullable String modLogChannelId,
        @Nullable String staffChannelId,
        Set<String> moderatorRoleIds,
        String restUrl,
        @Nullable String gatewayUrl,
        int shardsTotal,
        int firstShard,
        int lastShard,
        String botName,
        boolean checkJoins) {
    /** Discord's own REST API. */
    public static final String DISCORD_REST_URL = "https://discord.com/api/v10/";

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a Discord bot token is needed");
        }
        moderatorRoleIds = Set.copyOf(moderatorRoleIds);
        requireNonNull(restUrl, "restUrl");
        restUrl = restUrl.endsWith("/") ? restUrl : restUrl + "/";
        requireNonNull(botName, "botName");
        if ((firstShard < 0) != (lastShard < 0) || firstShard > lastShard) {
            throw new IllegalArgumentException("shard range must be both set, first <= last, or both -1");
        }
        if (shardsTotal != -1 && (shardsTotal < 1 || lastShard >= shardsTotal)) {
            throw new IllegalArgumentException("shards total must be -1 or above the last shard");
        }
    }

    /** True when this process runs only some of the shards. */
    public boolean hasShardRange() {
        return firstShard >= 0;
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=<redacted>, guildId=" + guildId + ", modLogChannelId=" + modLogChannelId
                + ", staffChannelId=" + staffChannelId + ", moderatorRoleIds=" + moderatorRoleIds
                + ", restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", shardsTotal=" + shardsTotal
                + ", shards=" + firstShard + ".." + lastShard + ", botName=" + botName + ", checkJoins=" + checkJoins
                + "]";
    }
}
