package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the ticket desk behaves, mapped from configuration.
 *
 * @param staffChats the staff chats, on any platforms; ticket spaces open in the first, and
 *     staff commands are read in all of them
 * @param idPrefix the prefix of ticket ids ({@code WK})
 * @param botHandles the bot's handle per platform without {@code @}, used to tell members which
 *     bot to open
 * @param sla the SLA targets per priority
 * @param retention how long resolved tickets and transcripts are kept
 * @param maxTicketTurns the most transcript turns a ticket keeps
 * @param missesBeforeTicket a ticket opens after this many unanswered questions in a row
 * @param defaultLanguage the language of members whose language is unknown
 * @param staffLanguage the language of what the desk says to staff (cards, notices, {@code
 *     /stats}), one of {@link MemberLanguage#SUPPORTED}; members keep their own language
 */
public record TicketSettings(
        List<ChatRef> staffChats,
        String idPrefix,
        Map<Platform, String> botHandles,
        SlaPolicy sla,
        Duration retention,
        int maxTicketTurns,
        int missesBeforeTicket,
        String defaultLanguage,
        String staffLanguage) {
    public TicketSettings {
        staffChats = List.copyOf(staffChats);
        if (staffChats.isEmpty()) {
            throw new IllegalArgumentException("at least one staff chat is needed");
        }
        requireNonNull(idPrefix, "idPrefix");
        botHandles = Map.copyOf(botHandles);
        requireNonNull(sla, "sla");
        requireNonNull(retention, "retention");
        requireNonNull(defaultLanguage, "defaultLanguage");
        if (!MemberLanguage.SUPPORTED.contains(staffLanguage)) {
            throw new IllegalArgumentException(
                    "not a supported staff language: " + staffLanguage + " (one of " + MemberLanguage.SUPPORTED + ")");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
        if (maxTicketTurns < 1 || missesBeforeTicket < 1) {
            throw new IllegalArgumentException("maxTicketTurns and missesBeforeTicket must be at least 1");
        }
    }

    /** Settings with English for staff. */
    public TicketSettings(
            List<ChatRef> staffChats,
            String idPrefix,
            Map<Platform, String> botHandles,
            SlaPolicy sla,
            Duration retention,
            int maxTicketTurns,
            int missesBeforeTicket,
            String defaultLanguage) {
        this(
                staffChats,
                idPrefix,
                botHandles,
                sla,
                retention,
                maxTicketTurns,
                missesBeforeTicket,
                defaultLanguage,
                MemberLanguage.ENGLISH);
    }

    /** The same settings with another staff language. */
    public TicketSettings withStaffLanguage(String language) {
        return new TicketSettings(
                staffChats,
                idPrefix,
                botHandles,
                sla,
                retention,
                maxTicketTurns,
                missesBeforeTicket,
                defaultLanguage,
                language);
    }

    /** Demo defaults: one staff chat, {@code WK} ids, default SLAs, 90 days' retention. */
    public static TicketSettings defaults(ChatRef staffChat, Map<Platform, String> botHandles) {
        return new TicketSettings(
                List.of(staffChat), "WK", botHandles, SlaPolicy.defaults(), Duration.ofDays(90), 200, 2, "en");
    }

    /** The chat new ticket spaces open in. */
    public ChatRef staffHome() {
        return staffChats.getFirst();
    }

    /** The bot's handle on a platform, if configured. */
    public Optional<String> botHandle(Platform platform) {
        return Optional.ofNullable(botHandles.get(platform));
    }
}
