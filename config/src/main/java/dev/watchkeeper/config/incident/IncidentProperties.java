package dev.watchkeeper.config.incident;

import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.signal.SignalSettings;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Incident mode ({@code watchkeeper.incidents.*}): when a topic spikes, and where incidents are
 * announced.
 *
 * @param enabled whether signals are counted and incidents can be opened
 * @param idPrefix the prefix of incident ids
 * @param signals when a topic spikes
 * @param groupSimilarity how alike two messages no knowledge-base entry matches must be to count as
 *     one topic
 * @param announceChannels community channels where incidents are announced and pinned, as {@code
 *     platform:chatId} ({@code telegram:-1001234567890}, {@code discord:123456789012345678})
 * @param announceOnOpen whether opening an incident announces it at once
 * @param pin whether announcements are pinned
 * @param phrasingSimilarity how alike a member question must be to one of an open incident's
 *     phrasings to get its status
 */
@Validated
@ConfigurationProperties("watchkeeper.incidents")
public record IncidentProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("INC") @Pattern(regexp = "[A-Z]{1,8}") String idPrefix,
        @DefaultValue @Valid Signals signals,
        @DefaultValue("0.5") @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") double groupSimilarity,
        @DefaultValue List<@Pattern(regexp = "(?i)(telegram|discord|console):\\S+") String> announceChannels,
        @DefaultValue("true") boolean announceOnOpen,
        @DefaultValue("true") boolean pin,
        @DefaultValue("0.4") @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0")
                double phrasingSimilarity) {

    /**
     * When a topic spikes: at least {@code minMembers} distinct members within {@code window} and
     * {@code factor} times the topic's normal count over the {@code baseline} before it.
     */
    public record Signals(
            @DefaultValue("10m") Duration window,
            @DefaultValue("6h") Duration baseline,
            @DefaultValue("5") @DecimalMin("1.0") double factor,
            @DefaultValue("10") @Min(2) int minMembers,
            @DefaultValue("1") @DecimalMin(value = "0.0", inclusive = false) double minBaseline,
            @DefaultValue("1h") Duration cooldown,
            @DefaultValue("3") @Min(0) @Max(10) int examples,
            @DefaultValue("10m") Duration learnFor) {
        SignalSettings toSettings() {
            return new SignalSettings(window, baseline, factor, minMembers, minBaseline, cooldown, examples, learnFor);
        }
    }

    /** The core's settings. */
    public IncidentSettings toSettings() {
        List<ChatRef> channels =
                announceChannels.stream().map(IncidentProperties::channel).toList();
        return new IncidentSettings(
                enabled,
                idPrefix,
                signals.toSettings(),
                groupSimilarity,
                channels,
                announceOnOpen,
                pin,
                phrasingSimilarity);
    }

    private static ChatRef channel(String platformAndId) {
        int colon = platformAndId.indexOf(':');
        Platform platform = Platform.valueOf(platformAndId.substring(0, colon).toUpperCase(Locale.ROOT));
        return new ChatRef(platform, platformAndId.substring(colon + 1), ChatType.GROUP);
    }
}
