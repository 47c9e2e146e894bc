package dev.watchkeeper.web.inbox;

import org.jspecify.annotations.Nullable;

/**
 * One item of a ticket's extracted context as the ticket page lists it.
 *
 * @param label what it is, such as {@code Transaction (EVM)} or {@code UID}
 * @param value the text the member gave
 * @param link a block explorer's page of it, or null
 */
public record ContextLine(String label, String value, @Nullable String link) {}
