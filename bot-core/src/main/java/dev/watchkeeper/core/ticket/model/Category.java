package dev.watchkeeper.core.ticket.model;

import java.util.Locale;

/** What a ticket is about; decides its default priority. */
public enum Category {
    SECURITY(Priority.URGENT),
    SCAM_REPORT(Priority.URGENT),
    WITHDRAWAL(Priority.HIGH),
    DEPOSIT(Priority.NORMAL),
    KYC(Priority.NORMAL),
    ACCOUNT(Priority.NORMAL),
    OTHER(Priority.NORMAL);

    private final Priority priority;

    Category(Priority priority) {
        this.priority = priority;
    }

    /** The priority a ticket of this category gets. */
    public Priority priority() {
        return priority;
    }

    /** The name as shown to staff: {@code scam-report}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
