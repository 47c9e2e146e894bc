package dev.watchkeeper.core.ticket.message;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import java.util.List;

/** Addresses ticket messages: by ticket, never by platform. */
public final class Outbox {
    private final TicketSettings settings;
    private final StaffTexts staff;

    public Outbox(TicketSettings settings, StaffTexts staff) {
        this.settings = settings;
        this.staff = staff;
    }

    public SendPrivate toMember(Ticket ticket, String text, List<Choice> choices) {
        return new SendPrivate(ticket.member().target(), ticket.member().member(), ticket.id(), text, choices);
    }

    public SendPrivate toMember(Ticket ticket, String text) {
        return toMember(ticket, text, List.of());
    }

    public PostToTicketSpace toSpace(Ticket ticket, String text, List<Choice> choices) {
        return new PostToTicketSpace(ticket.staff().target(), ticket.id(), text, choices);
    }

    public PostToTicketSpace toSpace(Ticket ticket, String text) {
        return toSpace(ticket, text, List.of());
    }

    public StaffAlert alert(Ticket ticket, String text) {
        return new StaffAlert(ReplyTarget.chat(settings.staffHome()), ticket.id(), text);
    }

    public List<Choice> cardActions(Ticket ticket) {
        return List.of(
                new Choice(staff.say(StaffText.CLAIM_BUTTON), TicketChoices.claim(ticket.id())),
                new Choice(staff.say(StaffText.CLOSE_BUTTON), TicketChoices.close(ticket.id())));
    }
}
