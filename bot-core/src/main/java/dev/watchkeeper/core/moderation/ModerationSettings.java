package dev.watchkeeper.core.moderation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.wave.WaveSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How moderation works in this deployment.
 *
 * @param moderatorChats where cases go, by the platform of the flagged message; a platform with
 *     none sends its cases to the first configured chat
 * @param defaultPolicy the policy of communities without their own
 * @param communityPolicies policies by community ({@code platform:chatId}, lower-case platform)
 * @param moderators who may act on cases
 * @param staffLanguage the language of what the desk says to moderators (case cards, replies to
 *     their commands), one of {@link MemberLanguage#SUPPORTED}; members keep their own language
 * @param waves when flagged messages make a scam wave, and how long new members are judged more
 *     strictly after one
 */
public record ModerationSettings(
        Map<Platform, ChatRef> moderatorChats,
        ModerationPolicy defaultPolicy,
        Map<String, ModerationPolicy> communityPolicies,
        ModeratorRoster moderators,
        String staffLanguage,
        WaveSettings waves) {
    public ModerationSettings {
        moderatorChats = Map.copyOf(moderatorChats);
        requireNonNull(defaultPolicy, "defaultPolicy");
        communityPolicies = Map.copyOf(communityPolicies);
        requireNonNull(moderators, "moderators");
        if (!MemberLanguage.SUPPORTED.contains(staffLanguage)) {
            throw new IllegalArgumentException(
                    "not a supported staff language: " + staffLanguage + " (one of " + MemberLanguage.SUPPORTED + ")");
        }
        requireNonNull(waves, "waves");
    }

    /** Settings looking for scam waves with the {@linkplain WaveSettings#defaults() defaults}. */
    public ModerationSettings(
            Map<Platform, ChatRef> moderatorChats,
            ModerationPolicy defaultPolicy,
            Map<String, ModerationPolicy> communityPolicies,
            ModeratorRoster moderators,
            String staffLanguage) {
        this(moderatorChats, defaultPolicy, communityPolicies, moderators, staffLanguage, WaveSettings.defaults());
    }

    /** Settings with English for moderators. */
    public ModerationSettings(
            Map<Platform, ChatRef> moderatorChats,
            ModerationPolicy defaultPolicy,
            Map<String, ModerationPolicy> communityPolicies,
            ModeratorRoster moderators) {
        this(moderatorChats, defaultPolicy, communityPolicies, moderators, MemberLanguage.ENGLISH);
    }

    /** The same settings with another staff language. */
    public ModerationSettings withStaffLanguage(String language) {
        return new ModerationSettings(moderatorChats, defaultPolicy, communityPolicies, moderators, language, waves);
    }

    /** The policy of the community a chat belongs to. */
    public ModerationPolicy policyOf(ChatRef chat) {
        String key = chat.platform().name().toLowerCase(java.util.Locale.ROOT) + ":" + chat.id();
        return communityPolicies.getOrDefault(key, defaultPolicy);
    }

    /** Where a case from this platform goes, if any moderators' chat is configured. */
    public Optional<ChatRef> moderatorChatFor(Platform platform) {
        ChatRef chat = moderatorChats.get(platform);
        if (chat != null) {
            return Optional.of(chat);
        }
        List<ChatRef> any = moderatorChats.values().stream()
                .sorted(java.util.Comparator.comparing(ChatRef::platform))
                .toList();
        return any.stream().findFirst();
    }
}
