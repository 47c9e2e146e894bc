package dev.watchkeeper.core.backup;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.faq.VoteCounts;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.IncidentStatus;
import dev.watchkeeper.core.incident.model.IncidentTimes;
import dev.watchkeeper.core.incident.model.LinkedMember;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.MemberSide;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTimes;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.Amount;
import dev.watchkeeper.core.ticket.text.Chain;
import dev.watchkeeper.core.ticket.text.ChainReference;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backups made up for tests: tickets in every status with transcripts of a few turns, the
 * conversations' transcript logs, cases of both sources in every status, audit entries and vote
 * counts, with the odd texts of {@code backup/odd-texts.txt} (emoji, right-to-left scripts, line
 * breaks, quotes) among ordinary ones. The same arguments give the same records.
 */
public final class BackupSamples {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00.123456789Z");
    private static final ChatRef STAFF = new ChatRef(Platform.DISCORD, "staff-desk", ChatType.GROUP);
    private static final List<String> TEXTS = oddTexts();

    private BackupSamples() {}

    /** {@code tickets} tickets with their conversations, {@code cases} cases, as many audit entries, and votes. */
    public static List<BackupRecord> of(int tickets, int cases) {
        List<BackupRecord> records = new ArrayList<>();
        for (int i = 1; i <= tickets; i++) {
            records.add(new BackupRecord.TicketRecord(ticket(i)));
            records.add(new BackupRecord.TranscriptRecord(conversation(i), turns(i, START.plusSeconds(60L * i))));
        }
        for (int i = 1; i <= cases; i++) {
            records.add(new BackupRecord.CaseRecord(moderationCase(i)));
            records.add(new BackupRecord.AuditRecord(auditEntry(i)));
        }
        records.add(new BackupRecord.VotesRecord(votes()));
        return records;
    }

    /**
     * Incident {@code INC-i}: resolved when {@code i} is even, else open and announced, with a
     * timeline, two linked members (one with a ticket) and translated messages, in odd texts.
     */
    public static BackupRecord.IncidentRecord incident(int i) {
        Instant opened = START.plus(Duration.ofHours(i));
        UserRef staff = new UserRef(Platform.DISCORD, "lead-" + i, null, text(i), false);
        Incident incident = new Incident(
                IncidentId.of("INC", i),
                0,
                text(i + 1),
                IncidentStatus.INVESTIGATING,
                Map.of(),
                "https://status.example-exchange.com/incidents/" + i,
                Set.of("withdrawal-pending", "similar:" + i),
                staff,
                IncidentTimes.opened(opened.minusSeconds(600), opened.minusSeconds(120), opened),
                List.of());
        incident = incident.updated(IncidentStatus.IDENTIFIED, "en", text(i + 2), opened.plusSeconds(300))
                .translated("ru", text(i + 3), opened.plusSeconds(360))
                .withAnnouncement(new MessageRef(new ChatRef(Platform.TELEGRAM, "-100" + i, ChatType.GROUP), "77"));
        if (i % 2 == 0) {
            incident = incident.updated(IncidentStatus.RESOLVED, "en", text(i + 4), opened.plusSeconds(3600));
        }
        UserRef first = UserRef.member(Platform.TELEGRAM, "m" + i);
        UserRef second = UserRef.member(Platform.DISCORD, "d" + i);
        List<LinkedMember> linked = List.of(
                new LinkedMember(
                        first,
                        new ChatRef(Platform.TELEGRAM, "m" + i, ChatType.PRIVATE),
                        "ru",
                        TicketId.of("WK", 5000 + i),
                        opened.plusSeconds(30)),
                new LinkedMember(second, new ChatRef(Platform.DISCORD, "d" + i, ChatType.PRIVATE), "es", null, opened));
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(opened.minusSeconds(120), TimelineEntry.Kind.ALERTED, null, "14"),
                new TimelineEntry(opened, TimelineEntry.Kind.OPENED, text(i), text(i + 1)),
                new TimelineEntry(opened.plusSeconds(30), TimelineEntry.Kind.LINKED, null, "WK-" + (5000 + i)),
                new TimelineEntry(opened.plusSeconds(300), TimelineEntry.Kind.UPDATED, text(i), text(i + 2)));
        return new BackupRecord.IncidentRecord(incident.withVersion(4), timeline, linked, 10L * i);
    }

    /** The texts a backup must carry unchanged. */
    public static List<String> oddTexts() {
        try (InputStream in = BackupSamples.class.getResourceAsStream("/backup/odd-texts.txt")) {
            if (in == null) {
                throw new IllegalStateException("backup/odd-texts.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(BackupSamples::unescape)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records in an order that does not depend on the order a store lists them in. */
    public static List<BackupRecord> sorted(List<BackupRecord> records) {
        return records.stream()
                .sorted(Comparator.comparing(BackupSamples::sortKey))
                .toList();
    }

    private static String sortKey(BackupRecord record) {
        return switch (record) {
            case BackupRecord.TicketRecord r -> "1 " + r.ticket().id();
            case BackupRecord.TranscriptRecord r -> "2 " + r.conversation();
            case BackupRecord.CaseRecord r -> "3 " + r.moderationCase().id();
            case BackupRecord.AuditRecord r -> "4 " + r.entry();
            case BackupRecord.VotesRecord r -> "5";
            case BackupRecord.IncidentRecord r -> "6 " + r.incident().id();
        };
    }

    static Ticket ticket(int i) {
        TicketStatus status = TicketStatus.values()[i % TicketStatus.values().length];
        Category category = Category.values()[i % Category.values().length];
        Platform platform = i % 2 == 0 ? Platform.TELEGRAM : Platform.DISCORD;
        UserRef member = new UserRef(platform, "m" + i, i % 3 == 0 ? null : "member_" + i, text(i), false);
        ChatRef origin = i % 4 == 0
                ? new ChatRef(platform, "m" + i, ChatType.PRIVATE)
                : new ChatRef(platform, "group-" + (i % 7), ChatType.GROUP);
        MemberSide side = MemberSide.from(member, origin);
        if (i % 11 == 0) {
            side = new MemberSide(member, origin, side.privateChat(), START.plusSeconds(i));
        }
        Instant opened = START.plusSeconds(60L * i);
        boolean resolved = status == TicketStatus.RESOLVED;
        UserRef agent = status == TicketStatus.OPEN ? null : UserRef.member(Platform.DISCORD, "agent-" + (i % 5));
        TicketContext context = i % 3 == 0
                ? new TicketContext(
                        List.of(new ChainReference(ChainReference.Kind.TRANSACTION, "0xabc" + i, Chain.EVM)),
                        List.of(),
                        List.of("UID " + i),
                        List.of(new Amount(new BigDecimal(i + ".25"), "USDT")))
                : TicketContext.empty();
        Set<SlaKind> breaches = EnumSet.noneOf(SlaKind.class);
        for (SlaKind kind : SlaKind.values()) {
            if ((i + kind.ordinal()) % 3 == 0) {
                breaches.add(kind);
            }
        }
        return new Ticket(
                TicketId.of("WK", i),
                1 + i % 5,
                String.format("%03d-%03d", i % 1000, (i * 7) % 1000),
                HandOver.Reason.values()[i % HandOver.Reason.values().length],
                category,
                category.priority(),
                status,
                side,
                new StaffSpace(STAFF, i % 2 == 0 ? "thread-" + i : null),
                List.of("en", "ru", "zh", "es").get(i % 4),
                agent,
                new TicketContent(turns(i, opened), context, resolved ? "Refunded: " + text(i + 1) : null),
                new TicketTimes(
                        opened,
                        agent == null ? null : opened.plus(Duration.ofMinutes(3)),
                        resolved ? opened.plus(Duration.ofHours(2)) : null,
                        opened.plus(Duration.ofHours(resolved ? 2 : 1))),
                resolved && i % 2 == 0 ? new Rating(1 + i % 5, i % 4 == 0 ? text(i) : null, i % 8 == 0, opened) : null,
                breaches);
    }

    static ConversationKey conversation(int i) {
        Platform platform = i % 2 == 0 ? Platform.TELEGRAM : Platform.DISCORD;
        return new ConversationKey(new ChatRef(platform, "group-" + (i % 7), ChatType.GROUP), "m" + i);
    }

    private static List<Turn> turns(int i, Instant from) {
        return List.of(
                new Turn(Turn.Speaker.MEMBER, text(i), null, from),
                new Turn(Turn.Speaker.BOT, "See the guide on " + text(i + 2), "faq-" + (i % 30), from.plusSeconds(1)),
                new Turn(
                        Turn.Speaker.values()[2 + i % 3],
                        text(i + 3),
                        null,
                        from.plusSeconds(2).plusNanos(i)));
    }

    static ModerationCase moderationCase(int i) {
        ModerationCase.Source source = ModerationCase.Source.values()[i % 2];
        ModerationCase.Status status = ModerationCase.Status.values()[i % 3];
        ChatRef chat = new ChatRef(i % 2 == 0 ? Platform.TELEGRAM : Platform.DISCORD, "-100" + (i % 9), ChatType.GROUP);
        boolean report = source == ModerationCase.Source.MEMBER_REPORT;
        boolean quotes = !report || i % 4 != 1;
        Instant created = START.plusSeconds(30L * i);
        return new ModerationCase(
                CaseId.of(i),
                source,
                status,
                Verdict.values()[i % Verdict.values().length],
                (i % 100) / 100.0,
                List.of(new ScamReason(Signal.values()[i % Signal.values().length], text(i + 4))),
                text(i + 5),
                quotes ? new UserRef(chat.platform(), "u" + i, "support_" + i, text(i), false) : null,
                chat,
                quotes ? new MessageRef(chat, String.valueOf(5000 + i)) : null,
                i % 3 == 0,
                report ? UserRef.member(chat.platform(), "r" + i) : null,
                report ? text(i + 6) : null,
                report && i % 5 == 0,
                created,
                status == ModerationCase.Status.OPEN
                        ? null
                        : new ModerationCase.Resolution(
                                UserRef.member(Platform.DISCORD, "mod-" + (i % 4)),
                                List.of("delete", "ban", "mute", "warn", "dismiss")
                                        .get(i % 5),
                                created.plusSeconds(600)));
    }

    static AuditEntry auditEntry(int i) {
        return new AuditEntry(
                START.plusSeconds(45L * i),
                i % 10 == 0 ? AuditEntry.SYSTEM : "discord:agent-" + (i % 5),
                List.of("claim", "close", "forgetme", "purge", "reassign").get(i % 5),
                i % 2 == 0 ? "WK-" + i : "MC-" + i,
                i % 7 == 0 ? text(i) : "step " + i);
    }

    static VoteCounts votes() {
        Map<String, FeedbackTotals> byEntry = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            byEntry.put("faq-" + i, new FeedbackTotals(i * 3L, i % 4));
        }
        Map<Platform, FeedbackTotals> byPlatform = new EnumMap<>(Platform.class);
        byPlatform.put(Platform.TELEGRAM, new FeedbackTotals(800, 20));
        byPlatform.put(Platform.DISCORD, new FeedbackTotals(505, 25));
        // a vote's time is kept to the millisecond, as the stores keep it
        return new VoteCounts(byEntry, byPlatform, START.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static String text(int i) {
        return TEXTS.get(i % TEXTS.size());
    }

    private static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(
                        switch (next) {
                            case 'n' -> "\n";
                            case 't' -> "\t";
                            case 'u' -> String.valueOf((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                            default -> String.valueOf(next);
                        });
                if (next == 'u') {
                    i += 4;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
