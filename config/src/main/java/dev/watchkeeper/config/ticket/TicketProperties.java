package dev.watchkeeper.config.ticket;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.SlaPolicy;
import dev.watchkeeper.core.ticket.model.SlaTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.tickets}: escalation to human agents.
 *
 * @param idPrefix tickets are numbered {@code <prefix>-<number>}
 * @param firstNumber the first ticket number of a fresh store
 * @param agents the support agents, per platform account
 * @param staffRoles role ids or names whose holders are staff
 * @param sla service-level targets per priority
 * @param retention resolved tickets and transcripts are deleted after this long
 * @param missesBeforeTicket a ticket opens after this many unanswered questions in a row
 * @param maxTranscriptTurns the most recent turns kept per conversation for a ticket's transcript
 * @param slaCheckInterval how often SLA breaches are looked for
 * @param purgeInterval how often expired tickets are purged
 */
@Validated
@ConfigurationProperties("watchkeeper.tickets")
public record TicketProperties(
        @DefaultValue("WK") @Pattern(regexp = "[A-Z]{1,6}") String idPrefix,
        @DefaultValue("1000") @Min(1) long firstNumber,
        @DefaultValue List<@Valid Agent> agents,
        @DefaultValue List<String> staffRoles,
        @DefaultValue @Valid Sla sla,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("2") @Min(1) int missesBeforeTicket,
        @DefaultValue("200") @Min(1) int maxTranscriptTurns,
        @DefaultValue("1m") Duration slaCheckInterval,
        @DefaultValue("1h") Duration purgeInterval) {

    /**
     * A support agent's account.
     *
     * @param platform where the account is
     * @param id the platform's account id
     * @param username the handle, used by {@code /transfer @name}
     * @param name the name shown to members
     */
    public record Agent(
            @NotNull Platform platform, @NotBlank String id, @Nullable String username, @Nullable String name) {
        UserRef toUser() {
            return new UserRef(platform, id, username, name, false);
        }
    }

    /** Targets per priority: the longest wait for an agent's first message, and for resolution. */
    public record Sla(
            @DefaultValue("15m") Duration urgentFirstResponse,
            @DefaultValue("4h") Duration urgentResolution,
            @DefaultValue("1h") Duration highFirstResponse,
            @DefaultValue("24h") Duration highResolution,
            @DefaultValue("4h") Duration normalFirstResponse,
            @DefaultValue("72h") Duration normalResolution) {
        SlaPolicy toPolicy() {
            return new SlaPolicy(Map.of(
                    Priority.URGENT, new SlaTarget(urgentFirstResponse, urgentResolution),
                    Priority.HIGH, new SlaTarget(highFirstResponse, highResolution),
                    Priority.NORMAL, new SlaTarget(normalFirstResponse, normalResolution)));
        }
    }
}
