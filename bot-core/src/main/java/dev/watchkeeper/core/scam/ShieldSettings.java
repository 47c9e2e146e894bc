package dev.watchkeeper.core.scam;

import java.util.Set;

/**
 * How the shield judges messages in one community.
 *
 * @param scamThreshold score from which a message is a scam (0 to 1)
 * @param suspiciousThreshold score from which a message is suspicious
 * @param firstMessages how many first messages of a member are judged more strictly
 * @param newMemberDiscount how much both thresholds drop for those first messages
 * @param protectedDomains the community's official domains (allowed, and protected from
 *     look-alikes), e.g. {@code okx.com}
 * @param protectedBrands brand names protected from look-alikes in domains and names, e.g. {@code
 *     okx}
 * @param staffNames display names and usernames of staff, protected from impersonation
 * @param projectName the community's or project's name, protected from impersonation
 * @param trustedRoles role ids or names whose holders are exempt from scoring (secrets are still
 *     caught)
 * @param allowedInvites the community's own invite links (host and path, e.g. {@code
 *     t.me/okxofficial_english}, {@code discord.gg/okx}), which are not foreign invites
 * @param massMentions how many mentions make a mass mention
 */
public record ShieldSettings(
        double scamThreshold,
        double suspiciousThreshold,
        int firstMessages,
        double newMemberDiscount,
        Set<String> protectedDomains,
        Set<String> protectedBrands,
        Set<String> staffNames,
        String projectName,
        Set<String> trustedRoles,
        Set<String> allowedInvites,
        int massMentions) {
    public ShieldSettings {
        if (!(0 < suspiciousThreshold && suspiciousThreshold <= scamThreshold && scamThreshold <= 1)) {
            throw new IllegalArgumentException("need 0 < suspiciousThreshold <= scamThreshold <= 1");
        }
        protectedDomains = Set.copyOf(protectedDomains);
        protectedBrands = Set.copyOf(protectedBrands);
        staffNames = Set.copyOf(staffNames);
        trustedRoles = Set.copyOf(trustedRoles);
        allowedInvites = Set.copyOf(allowedInvites);
    }

    /** Defaults for a community with no brands, staff or invites configured. */
    public static ShieldSettings defaults() {
        return new ShieldSettings(0.68, 0.45, 5, 0.15, Set.of(), Set.of(), Set.of(), "", Set.of(), Set.of(), 5);
    }

    /** A copy protecting the given official domains and brand names. */
    public ShieldSettings withProtected(Set<String> domains, Set<String> brands) {
        return new ShieldSettings(
                scamThreshold,
                suspiciousThreshold,
                firstMessages,
                newMemberDiscount,
                domains,
                brands,
                staffNames,
                projectName,
                trustedRoles,
                allowedInvites,
                massMentions);
    }

    /** A copy with the given staff names, project name and trusted roles. */
    public ShieldSettings withStaff(Set<String> names, String project, Set<String> roles) {
        return new ShieldSettings(
                scamThreshold,
                suspiciousThreshold,
                firstMessages,
                newMemberDiscount,
                protectedDomains,
                protectedBrands,
                names,
                project,
                roles,
                allowedInvites,
                massMentions);
    }
}
