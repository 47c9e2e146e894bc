package dev.watchkeeper.core.decision;

/**
 * What the engine decided should happen. Decisions are values: the engine never talks to a
 * platform itself; adapters carry decisions out, in the order they are returned.
 */
public sealed interface Decision
        permits Answer,
                Suggest,
                Fallback,
                Reply,
                HandOver,
                OpenTicketSpace,
                PostToTicketSpace,
                CloseTicketSpace,
                SendPrivate,
                PrivateNotice,
                StaffAlert,
                DeleteMessage,
                RestrictMember,
                FlagForReview,
                PostAnnouncement,
                EditAnnouncement {
    /** Where the member-facing text of this decision goes. */
    ReplyTarget to();
}
