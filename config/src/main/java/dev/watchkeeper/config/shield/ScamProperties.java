package dev.watchkeeper.config.shield;

import dev.watchkeeper.core.shield.ShieldSettings;
import dev.watchkeeper.shield.DomainListFormat;
import dev.watchkeeper.shield.DomainListSource;
import dev.watchkeeper.shield.ShieldOptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.scam}: how the scam shield judges messages.
 *
 * @param scamPrecision target precision of a scam verdict: the learned model's threshold is the
 *     lowest score at which it measured this precision
 * @param suspiciousPrecision target precision of a suspicious verdict (shown to moderators)
 * @param firstMessages how many first messages of a member are judged more strictly
 * @param newMemberPrecision target precision of a scam verdict on those messages (lower: stricter)
 * @param officialDomains the community's official domains: allowed, and protected from
 *     look-alikes (added to the common crypto brands' domains)
 * @param protectedBrands brand names protected from look-alikes in links and names
 * @param staffNames names and handles of staff, protected from impersonation
 * @param projectName the project's name, protected from impersonation
 * @param trustedRoles roles whose holders are not scored (secrets are still removed)
 * @param allowedInvites the community's own invite links ({@code t.me/name}, {@code discord.gg/code})
 * @param massMentions how many mentions make a mass mention
 * @param bundledLists use the bundled MetaMask phishing list
 * @param lists phishing lists to load from URLs or files and refresh
 * @param refreshPeriod how often those lists are refreshed (the last good copy is kept on failure)
 * @param retrainDelay how long after a moderator's verdict the classifier retrains
 */
@Validated
@ConfigurationProperties("watchkeeper.scam")
public record ScamProperties(
        @DefaultValue("0.97") @DecimalMin("0.5") @DecimalMax("1.0") double scamPrecision,
        @DefaultValue("0.9") @DecimalMin("0.5") @DecimalMax("1.0") double suspiciousPrecision,
        @DefaultValue("5") @Min(0) int firstMessages,
        @DefaultValue("0.93") @DecimalMin("0.5") @DecimalMax("1.0") double newMemberPrecision,
        @DefaultValue Set<String> officialDomains,
        @DefaultValue Set<String> protectedBrands,
        @DefaultValue Set<String> staffNames,
        @DefaultValue("") String projectName,
        @DefaultValue Set<String> trustedRoles,
        @DefaultValue Set<String> allowedInvites,
        @DefaultValue("5") @Min(2) int massMentions,
        @DefaultValue("true") boolean bundledLists,
        @DefaultValue List<@Valid RemoteList> lists,
        @DefaultValue("6h") Duration refreshPeriod,
        @DefaultValue("30s") Duration retrainDelay) {

    /**
     * A phishing list to load and refresh.
     *
     * @param name shown in reasons ("on the metamask list")
     * @param url an {@code https:} or {@code file:} URL
     * @param format the list's format; {@code AUTO} guesses from the content
     */
    public record RemoteList(@NotBlank String name, @NotNull URI url, @DefaultValue("AUTO") DomainListFormat format) {}

    /** The shield's options. */
    public ShieldOptions toOptions() {
        Set<String> domains = new HashSet<>(ShieldOptions.COMMON_OFFICIAL_DOMAINS);
        domains.addAll(officialDomains);
        ShieldSettings settings = new ShieldSettings(
                scamPrecision,
                suspiciousPrecision,
                firstMessages,
                newMemberPrecision,
                domains,
                protectedBrands,
                staffNames,
                projectName,
                trustedRoles,
                allowedInvites,
                massMentions);
        return ShieldOptions.defaults()
                .withSettings(settings)
                .withBundledLists(bundledLists)
                .withRemoteLists(lists.stream()
                        .map(list -> new DomainListSource(list.name(), list.url(), list.format()))
                        .toList());
    }
}
