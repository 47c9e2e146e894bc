package dev.watchkeeper.core.ticket.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an agent needs at a glance, pulled from a ticket's (already redacted) text.
 *
 * @param transactions transaction ids, in order of first mention, without duplicates
 * @param addresses wallet addresses, likewise
 * @param accountIds exchange account ids (UIDs) the member gave
 * @param amounts amounts and assets mentioned
 */
public record TicketContext(
        List<ChainReference> transactions,
        List<ChainReference> addresses,
        List<String> accountIds,
        List<Amount> amounts) {
    private static final int MAX_ITEMS = 20;

    public TicketContext {
        transactions = distinct(transactions);
        addresses = distinct(addresses);
        accountIds = distinct(accountIds);
        amounts = distinct(amounts);
    }

    /** No context. */
    public static TicketContext empty() {
        return new TicketContext(List.of(), List.of(), List.of(), List.of());
    }

    /** True when nothing was found. */
    public boolean isEmpty() {
        return transactions.isEmpty() && addresses.isEmpty() && accountIds.isEmpty() && amounts.isEmpty();
    }

    /** This context with another's items added after its own. */
    public TicketContext merge(TicketContext other) {
        return new TicketContext(
                concat(transactions, other.transactions),
                concat(addresses, other.addresses),
                concat(accountIds, other.accountIds),
                concat(amounts, other.amounts));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static <T> List<T> distinct(List<T> items) {
        return new LinkedHashSet<>(items).stream().limit(MAX_ITEMS).toList();
    }
}
