package dev.watchkeeper.core.moderation;

import static java.util.Objects.requireNonNull;

/**
 * What the moderation feature says to members and moderators, in Markdown. One record so that a
 * community can reword it and translations can be added.
 *
 * @param secretRemoved told privately to a member whose message leaked a seed phrase or key
 * @param secretRemovedInChat told in the chat instead when that private message cannot be
 *     delivered ({@code %s}: the member's name or handle); never quotes the secret
 * @param warning told privately to a member a moderator warned
 * @param reportThanks told to a member whose report opened a case ({@code %s}: the case id)
 * @param reportUsage told to a member who used {@code /report} with nothing to report
 * @param moderatorsOnly told to a non-moderator who tried a moderator action
 */
public record ModerationTexts(
        String secretRemoved,
        String secretRemovedInChat,
        String warning,
        String reportThanks,
        String reportUsage,
        String moderatorsOnly) {
    public ModerationTexts {
        requireNonNull(secretRemoved);
        requireNonNull(secretRemovedInChat);
        requireNonNull(warning);
        requireNonNull(reportThanks);
        requireNonNull(reportUsage);
        requireNonNull(moderatorsOnly);
    }

    /** The default English texts. */
    public static ModerationTexts english() {
        return new ModerationTexts(
                "I deleted your message because it contained a **seed phrase or private key**. Anyone who "
                        + "saw it can take your funds. Please act now:\n"
                        + "1. Create a **new wallet** (new seed phrase) on a device you trust.\n"
                        + "2. **Move all funds** from the exposed wallet to the new one straight away.\n"
                        + "3. Revoke token approvals of the old wallet and stop using it.\n"
                        + "Never share your seed phrase or keys with anyone: support will never ask for them.",
                "%s, I removed your message because it contained a wallet secret (seed phrase or private key). "
                        + "Treat that wallet as exposed and move your funds to a new wallet now.",
                "A moderator flagged your recent message as breaking the community rules (scams, spam or "
                        + "unsolicited offers). Please review the rules; repeated posts lead to a ban.",
                "Thanks for the report: moderators will review it (case %s). Never reply to people who "
                        + "DM you offering support or recovery.",
                "To report a scam, reply to the message with /report, or write /report followed by what " + "happened.",
                "Only moderators can do that.");
    }
}
