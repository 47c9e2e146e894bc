package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.core.model.ChatRef;
import java.util.Random;

/**
 * Where a member asks: in their private chat with the bot, or in their community's group chat,
 * mentioning the bot or not.
 *
 * @param chat the chat
 * @param addressed whether the message is addressed to the bot
 */
record Where(ChatRef chat, boolean addressed) {

    /**
     * A private chat with the given chance; else the group, mentioning the bot with the given
     * chance.
     */
    static Where choose(Member member, double privately, double mentioning, Random random) {
        if (random.nextDouble() < privately) {
            return new Where(member.privateChat(), true);
        }
        return new Where(member.community().chat(), random.nextDouble() < mentioning);
    }
}
