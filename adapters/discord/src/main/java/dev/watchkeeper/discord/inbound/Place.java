package dev.watchkeeper.discord.inbound;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import org.jspecify.annotations.Nullable;

/**
 * Where on Discord an event happened, as the core sees it: a DM is the private chat named by the
 * member's user id (decisions address members that way); a thread is its parent channel plus the
 * thread id (ticket threads belong to the staff channel).
 *
 * @param chat the core's chat
 * @param threadId the thread, if the event happened in one
 */
public record Place(ChatRef chat, @Nullable String threadId) {

    /** The place of an event in this channel by this user. */
    public static Place of(Channel channel, User user) {
        if (channel.getType() == ChannelType.PRIVATE) {
            return new Place(new ChatRef(Platform.DISCORD, user.getId(), ChatType.PRIVATE), null);
        }
        if (channel instanceof ThreadChannel thread) {
            return new Place(group(thread.getParentChannel().getId()), thread.getId());
        }
        return new Place(group(channel.getId()), null);
    }

    /** A server channel. */
    public static ChatRef group(String channelId) {
        return new ChatRef(Platform.DISCORD, channelId, ChatType.GROUP);
    }
}
