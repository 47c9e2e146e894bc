package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.redis.RedisStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The keys of the ticket store: the ticket hashes and the indexes a ticket value belongs to. */
final class TicketKeys {
    private final RedisStores redis;

    TicketKeys(RedisStores redis) {
        this.redis = redis;
    }

    /** The prefix of ticket hashes, for scripts that read tickets by id. */
    String ticketPrefix() {
        return redis.key("ticket", "");
    }

    String ticket(TicketId id) {
        return redis.key("ticket", id.value());
    }

    String status(TicketStatus status) {
        return redis.key("tickets", "status", status.name().toLowerCase(Locale.ROOT));
    }

    String member(AccountId member) {
        return redis.key("tickets", "member", member.toString());
    }

    String agent(AccountId agent) {
        return redis.key("tickets", "agent", agent.toString());
    }

    String openOf(AccountId member) {
        return redis.key("tickets", "open", member.toString());
    }

    String space(StaffSpace space) {
        return redis.key(
                "tickets",
                "space",
                space.chat().platform().name().toLowerCase(Locale.ROOT),
                space.chat().id(),
                String.valueOf(space.threadId()));
    }

    /** The sorted-set indexes (scored by opening time) this ticket value belongs to. */
    List<String> indexes(Ticket ticket) {
        List<String> keys = new ArrayList<>();
        keys.add(status(ticket.status()));
        keys.add(member(ticket.member().account()));
        ticket.owner().ifPresent(agent -> keys.add(agent(AccountId.of(agent))));
        return keys;
    }
}
