package dev.watchkeeper.web.queue;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.web.ConsoleGateway;
import dev.watchkeeper.web.StaffChats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A whole bot in memory with the console's gateway over it, a moderator and an agent. */
final class QueueFixture {
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100200", ChatType.GROUP);
    static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-100300", ChatType.GROUP);
    static final ChatRef MODERATORS = new ChatRef(Platform.TELEGRAM, "-100400", ChatType.GROUP);
    static final UserRef MODERATOR = new UserRef(Platform.TELEGRAM, "7", "mod", "Mia", false);
    static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "8", "agent", "Ada", false);
    static final UserRef SCAMMER = new UserRef(Platform.TELEGRAM, "66", "support_desk", "Support", false);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final BotFixture bot =
            new BotFixture(BotFixture.oneEntryKnowledgeBase(), STAFF, MODERATORS, AGENT, MODERATOR, clock);
    final List<Decision> sent = new ArrayList<>();
    final ConsoleGateway gateway = new ConsoleGateway(
            bot.bot,
            sent::addAll,
            new StaffChats(List.of(STAFF), Map.of(Platform.TELEGRAM, MODERATORS)),
            bot.audit,
            clock);

    static ConsoleGrant moderator() {
        return new ConsoleGrant(MODERATOR, Set.of(), Set.of(ConsoleRole.MODERATOR), NOW.plusSeconds(3600));
    }

    /** An agent who signed in with the moderator role the bot does not know them by. */
    static ConsoleGrant impostor() {
        return new ConsoleGrant(AGENT, Set.of(), Set.of(ConsoleRole.MODERATOR), NOW.plusSeconds(3600));
    }

    /** Adds an open case the shield flagged in the group, {@code minutesAgo} before now. */
    ModerationCase flagged(Verdict verdict, double score, UserRef author, long minutesAgo) {
        CaseId id = bot.cases.nextId();
        ModerationCase c = ModerationCase.detected(
                id,
                new ScamVerdict(verdict, score, List.of(new ScamReason(Signal.FAKE_SUPPORT, "poses as support"))),
                "dm me for support, send your [redacted: seed phrase]",
                author,
                GROUP,
                new MessageRef(GROUP, "m" + id.number()),
                false,
                NOW.minusSeconds(60 * minutesAgo));
        bot.cases.add(c);
        return c;
    }
}
