package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A realistic community mix of 10,000 Telegram messages from 5,000 members: 80% chatter in the
 * group (not addressed to the bot; real ham messages), 15% questions to the bot (real support
 * questions, half in private, half mentioning the bot in the group), 5% scams (real spam).
 */
final class CommunityMix {
    static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    static final int MIX = 10_000;
    static final int MEMBERS = 5_000;

    private CommunityMix() {}

    static List<InboundMessage> messages(Random random) {
        List<String> chatter = EvalData.scamTexts("ham");
        List<String> scams = EvalData.scamTexts("scam");
        List<String> questions = EvalData.faqQuestions();
        List<InboundMessage> out = new ArrayList<>(MIX);
        Instant now = Instant.now();
        for (int i = 0; i < MIX; i++) {
            UserRef member = UserRef.member(Platform.TELEGRAM, Integer.toString(1_000 + random.nextInt(MEMBERS)));
            int kind = random.nextInt(100);
            InboundMessage message;
            if (kind < 80) {
                message = InboundMessage.text("m" + i, GROUP, member, pick(chatter, random), now);
            } else if (kind < 95) {
                String question = pick(questions, random);
                message = random.nextBoolean()
                        ? InboundMessage.text(
                                "m" + i,
                                new ChatRef(Platform.TELEGRAM, member.id(), ChatType.PRIVATE),
                                member,
                                question,
                                now)
                        : InboundMessage.text("m" + i, GROUP, member, "@watchkeeper " + question, now)
                                .withMention();
            } else {
                message = InboundMessage.text("m" + i, GROUP, member, pick(scams, random), now);
            }
            out.add(message);
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
