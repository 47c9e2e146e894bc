package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A networked store's outage, for tests: while {@link #begin() begun}, the ticket store throws
 * {@link StoreUnavailableException} on every call, and the case store behaves as the Redis one
 * does (ids from a reserved block, until {@link #idsRunOut()}; new cases kept and stored when the
 * outage {@link #end() ends}; reads and resolving throw).
 */
public final class StoreOutage {
    private volatile boolean away;
    private volatile boolean noIds;
    private final List<Runnable> kept = new ArrayList<>();

    /** The store is away from now on. */
    public void begin() {
        away = true;
    }

    /** While away, not even a case id can be had. */
    public void idsRunOut() {
        noIds = true;
    }

    /** The store is back: kept writes are done. */
    public synchronized void end() {
        away = false;
        noIds = false;
        kept.forEach(Runnable::run);
        kept.clear();
    }

    private void check(String what) {
        if (away) {
            throw new StoreUnavailableException(what, new IllegalStateException("outage"));
        }
    }

    /** {@code store}, away during the outage. */
    public TicketStore tickets(TicketStore store) {
        return new TicketStore() {
            @Override
            public Ticket openOrGet(Ticket candidate) {
                check("ticket opening");
                return store.openOrGet(candidate);
            }

            @Override
            public Optional<Ticket> find(TicketId id) {
                check("ticket lookup");
                return store.find(id);
            }

            @Override
            public Optional<Ticket> compareAndSet(Ticket current, Ticket next) {
                check("ticket change");
                return store.compareAndSet(current, next);
            }

            @Override
            public Optional<Ticket> openTicketOf(AccountId member) {
                check("open ticket lookup");
                return store.openTicketOf(member);
            }

            @Override
            public List<Ticket> ticketsOf(AccountId member) {
                check("ticket listing");
                return store.ticketsOf(member);
            }

            @Override
            public List<Ticket> withStatus(TicketStatus status) {
                check("ticket listing");
                return store.withStatus(status);
            }

            @Override
            public List<Ticket> assignedTo(AccountId agent) {
                check("ticket listing");
                return store.assignedTo(agent);
            }

            @Override
            public Optional<Ticket> inSpace(StaffSpace space) {
                check("ticket space lookup");
                return store.inSpace(space);
            }

            @Override
            public void delete(TicketId id) {
                check("ticket deletion");
                store.delete(id);
            }
        };
    }

    /** {@code store}, as the Redis case store during the outage. */
    public ModerationCaseStore cases(ModerationCaseStore store) {
        StoreOutage outage = this;
        return new ModerationCaseStore() {
            @Override
            public CaseId nextId() {
                if (noIds) {
                    check("case id reservation");
                }
                return store.nextId();
            }

            @Override
            public void add(ModerationCase moderationCase) {
                synchronized (outage) {
                    if (away) {
                        kept.add(() -> store.add(moderationCase));
                        return;
                    }
                }
                store.add(moderationCase);
            }

            @Override
            public Optional<ModerationCase> find(CaseId id) {
                check("case lookup");
                return store.find(id);
            }

            @Override
            public Optional<ModerationCase> resolve(ModerationCase open, ModerationCase resolved) {
                check("case resolution");
                return store.resolve(open, resolved);
            }

            @Override
            public List<ModerationCase> open() {
                check("case listing");
                return store.open();
            }

            @Override
            public int openCount() {
                check("case count");
                return store.openCount();
            }

            @Override
            public List<ModerationCase> openByUrgency(int offset, int limit) {
                check("case listing");
                return store.openByUrgency(offset, limit);
            }

            @Override
            public List<ModerationCase> authoredBy(UserRef member, int limit) {
                check("case listing");
                return store.authoredBy(member, limit);
            }
        };
    }
}
