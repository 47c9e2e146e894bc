package dev.watchkeeper.core.shield;

import java.util.Set;

/**
 * How the shield judges messages in one community.
 *
 * @param scamPrecision the precision the learned model measured at the score from which a message
 *     is a scam: 0.97 flags only where at most 3 in 100 flagged messages were not scams
 * @param suspiciousPrecision the (lower) precision at the score from which a message is shown to
 *     moderators as suspicious
 * @param firstMessages how many first messages of a member are judged more strictly
 * @param newMemberPrecision the precision at the score from which a first message is a scam (lower
 *     than {@code scamPrecision}: stricter)
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
        double scamPrecision,
        double suspiciousPrecision,
        int firstMessages,
        double newMemberPrecision,
        Set<String> protectedDomains,
        Set<String> protectedBrands,
        Set<String> staffNames,
        String projectName,
        Set<String> trustedRoles,
        Set<String> allowedInvites,
        int massMentions) {
    public ShieldSettings {
        if (!(0 < suspiciousPrecision && suspiciousPrecision <= scamPrecision && scamPrecision <= 1)) {
            throw new IllegalArgumentException("need 0 < suspiciousPrecision <= scamPrecision <= 1");
        }
        if (!(suspiciousPrecision <= newMemberPrecision && newMemberPrecision <= scamPrecision)) {
            throw new IllegalArgumentException("need suspiciousPrecision <= newMemberPrecision <= scamPrecision");
        }
        protectedDomains = Set.copyOf(protectedDomains);
        protectedBrands = Set.copyOf(protectedBrands);
        staffNames = Set.copyOf(staffNames);
        trustedRoles = Set.copyOf(trustedRoles);
        allowedInvites = Set.copyOf(allowedInvites);
    }

    /** Defaults for a community with no brands, staff or invites configured. */
    public static ShieldSettings defaults() {
        return new ShieldSettings(0.97, 0.9, 5, 0.93, Set.of(), Set.of(), Set.of(), "", Set.of(), Set.of(), 5);
    }

    /** A copy protecting the given official domains and brand names. */
    public ShieldSettings withProtected(Set<String> domains, Set<String> brands) {
        return new ShieldSettings(
                scamPrecision,
                suspiciousPrecision,
                firstMessages,
                newMemberPrecision,
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
                scamPrecision,
                suspiciousPrecision,
                firstMessages,
                newMemberPrecision,
                protectedDomains,
                protectedBrands,
                names,
                project,
                roles,
                allowedInvites,
                massMentions);
    }
}
