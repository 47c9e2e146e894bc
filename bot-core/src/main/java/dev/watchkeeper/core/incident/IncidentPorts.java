package dev.watchkeeper.core.incident;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * What incident mode is built on.
 *
 * @param incidents where incidents, timelines and linked members are kept
 * @param signals the shared counts of members per topic
 * @param knowledgeBase finds the entry a message is about, and names it
 * @param smallTalk tells chatter ("gm", "thanks") from questions, which alone count
 * @param tickets the ticket desk, for the tickets an incident holds
 * @param isStaff whether an account (with the roles the platform reported) is support staff
 * @param redactor takes secrets and personal data out of the examples staff see
 */
public record IncidentPorts(
        IncidentStore incidents,
        SignalStore signals,
        KnowledgeBase knowledgeBase,
        SmallTalk smallTalk,
        HeldTickets tickets,
        BiPredicate<UserRef, Set<String>> isStaff,
        UnaryOperator<String> redactor) {
    public IncidentPorts {
        requireNonNull(incidents, "incidents");
        requireNonNull(signals, "signals");
        requireNonNull(knowledgeBase, "knowledgeBase");
        requireNonNull(smallTalk, "smallTalk");
        requireNonNull(tickets, "tickets");
        requireNonNull(isStaff, "isStaff");
        requireNonNull(redactor, "redactor");
    }
}
