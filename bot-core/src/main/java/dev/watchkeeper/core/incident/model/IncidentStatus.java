package dev.watchkeeper.core.incident.model;

import java.util.Locale;
import java.util.Optional;

/** Where an incident is in its life, as status pages say it. */
public enum IncidentStatus {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED;

    /** True until resolved. */
    public boolean isOpen() {
        return this != RESOLVED;
    }

    /** The status staff typed ({@code identified}, {@code Monitoring}), if it is one. */
    public static Optional<IncidentStatus> parse(String word) {
        for (IncidentStatus status : values()) {
            if (status.name().equalsIgnoreCase(word.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The lower-case word staff type and reports show. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
