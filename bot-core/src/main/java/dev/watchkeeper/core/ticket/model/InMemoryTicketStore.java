package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.model.TicketId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tickets in this process's memory, for the embedded demo and tests. Every method takes one lock,
 * which makes each atomic and the indexes consistent with the tickets. Never blocks beyond that
 * lock.
 */
public final class InMemoryTicketStore implements TicketStore {
    private static final Comparator<Ticket> OLDEST_FIRST =
            Comparator.comparing((Ticket t) -> t.times().openedAt()).thenComparing(t -> t.id().value());

    private final Object lock = new Object();
    private final Map<TicketId, Ticket> tickets = new HashMap<>();
    private final Map<AccountId, Set<TicketId>> byMember = new HashMap<>();
    private final Map<TicketStatus, Set<TicketId>> byStatus = new HashMap<>();
    private final Map<AccountId, Set<TicketId>> byAssignee = new HashMap<>();
    private final Map<StaffSpace, TicketId> bySpace = new HashMap<>();

    @Override
    public Ticket openOrGet(Ticket candidate) {
        synchronized (lock) {
            Optional<Ticket> open = openTicketOf(candidate.member().account());
            if (open.isPresent()) {
                return open.get();
            }
            if (tickets.containsKey(candidate.id())) {
                throw new IllegalStateException("ticket id already used: " + candidate.id());
            }
            Ticket stored = candidate.withVersion(1);
            put(stored);
            return stored;
        }
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        synchronized (lock) {
            return Optional.ofNullable(tickets.get(id));
        }
    }

    @Override
    public Optional<Ticket> compareAndSet(Ticket current, Ticket next) {
        if (!current.id().equals(next.id())) {
            throw new IllegalArgumentException("compare-and-set must keep the ticket id");
        }
        synchronized (lock) {
            Ticket stored = tickets.get(current.id());
            if (stored == null || stored.version() != current.version()) {
                return Optional.empty();
            }
            unindex(stored);
            Ticket written = next.withVersion(stored.version() + 1);
            put(written);
            return Optional.of(written);
        }
    }

    @Override
    public Optional<Ticket> openTicketOf(AccountId member) {
        synchronized (lock) {
            return select(byMember, member).stream()
                    .filter(t -> t.status().isOpen())
                    .findFirst();
        }
    }

    @Override
    public List<Ticket> ticketsOf(AccountId member) {
        synchronized (lock) {
            return select(byMember, member);
        }
    }

    @Override
    public List<Ticket> withStatus(TicketStatus status) {
        synchronized (lock) {
            return select(byStatus, status);
        }
    }

    @Override
    public List<Ticket> assignedTo(AccountId agent) {
        synchronized (lock) {
            return select(byAssignee, agent);
        }
    }

    @Override
    public Optional<Ticket> inSpace(StaffSpace space) {
        synchronized (lock) {
            return Optional.ofNullable(bySpace.get(space)).map(tickets::get);
        }
    }

    @Override
    public void delete(TicketId id) {
        synchronized (lock) {
            Ticket stored = tickets.remove(id);
            if (stored != null) {
                unindex(stored);
            }
        }
    }

    /** Every ticket, oldest first, for a backup. */
    public List<Ticket> all() {
        synchronized (lock) {
            return tickets.values().stream().sorted(OLDEST_FIRST).toList();
        }
    }

    /**
     * Stores a ticket from a backup as it is, version included, replacing one with the same id:
     * restoring the same backup twice leaves one ticket.
     */
    public void restore(Ticket ticket) {
        synchronized (lock) {
            Ticket stored = tickets.get(ticket.id());
            if (stored != null) {
                unindex(stored);
            }
            put(ticket);
        }
    }

    private void put(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
        index(byMember, ticket.member().account(), ticket.id());
        index(byStatus, ticket.status(), ticket.id());
        ticket.owner().ifPresent(agent -> index(byAssignee, AccountId.of(agent), ticket.id()));
        if (ticket.staff().hasThread()) {
            bySpace.put(ticket.staff(), ticket.id());
        }
    }

    private void unindex(Ticket ticket) {
        unindex(byMember, ticket.member().account(), ticket.id());
        unindex(byStatus, ticket.status(), ticket.id());
        ticket.owner().ifPresent(agent -> unindex(byAssignee, AccountId.of(agent), ticket.id()));
        bySpace.remove(ticket.staff(), ticket.id());
    }

    private <K> List<Ticket> select(Map<K, Set<TicketId>> index, K key) {
        return index.getOrDefault(key, Set.of()).stream()
                .map(tickets::get)
                .sorted(OLDEST_FIRST)
                .toList();
    }

    private static <K> void index(Map<K, Set<TicketId>> index, K key, TicketId id) {
        index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }

    private static <K> void unindex(Map<K, Set<TicketId>> index, K key, TicketId id) {
        index.computeIfPresent(key, (k, ids) -> {
            ids.remove(id);
            return ids.isEmpty() ? null : ids;
        });
    }

    /** How many tickets are held. */
    public int size() {
        synchronized (lock) {
            return tickets.size();
        }
    }
}
