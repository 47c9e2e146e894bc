package dev.watchkeeper.core.signin;

/** What a staff member may do in the web console; one member may hold several. */
public enum ConsoleRole {
    /** Sees and acts on moderation cases, the domain lists and the audit log. */
    MODERATOR,
    /** Sees and works tickets: claim, reply, note, close. */
    AGENT,
    /** Sees the support dashboard and the knowledge base view. */
    SUPERVISOR
}
