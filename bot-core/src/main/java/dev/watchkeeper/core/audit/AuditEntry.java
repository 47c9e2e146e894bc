package dev.watchkeeper.core.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One audited action: who did what to what, when.
 *
 * @param at when
 * @param actor the account that acted ({@code telegram:42}), or {@code system}
 * @param action what was done ({@code forgetme}, {@code claim}, {@code close}, {@code purge}, …)
 * @param subject what it was done to (a ticket id, an account)
 * @param detail a short description, free of personal data
 */
public record AuditEntry(Instant at, String actor, String action, String subject, String detail) {
    /** The actor of scheduled work. */
    public static final String SYSTEM = "system";

    public AuditEntry {
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(subject, "subject");
        requireNonNull(detail, "detail");
    }
}
