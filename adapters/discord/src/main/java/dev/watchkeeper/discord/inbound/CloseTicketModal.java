package dev.watchkeeper.discord.inbound;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A ticket's "Close" button, pressed by support staff, opens a modal asking for the resolution
 * note (where the core would ask in the thread); its submission becomes {@code /close <ticket>
 * <note>} for the core. Stateless.
 */
public final class CloseTicketModal {
    private static final String PREFIX = "wk-close:";
    private static final String NOTE = "note";

    private CloseTicketModal() {}

    /** The ticket a pressed action closes, when it is a ticket's close action. */
    public static Optional<TicketId> closes(String action) {
        int colon = action.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return TicketId.parse(action.substring(colon + 1))
                .filter(id -> TicketChoices.close(id).equals(action));
    }

    /**
     * True when the decision is the core's answer to a press of this ticket's Close button: the
     * question in the ticket's space whether to close without a note, which the modal asks better.
     */
    public static boolean asksForNote(Decision decision, TicketId ticket) {
        return decision instanceof PostToTicketSpace post
                && post.options().stream()
                        .anyMatch(choice -> choice.action().equals(TicketChoices.closeWithoutNote(ticket)));
    }

    /** The modal asking for the note of closing this ticket. */
    public static Modal forTicket(TicketId ticket) {
        TextInput note = TextInput.create(NOTE, TextInputStyle.PARAGRAPH)
                .setRequired(false)
                .setMaxLength(1000)
                .setPlaceholder("What was the problem, and how was it solved?")
                .build();
        return Modal.create(PREFIX + ticket.value(), "Close " + ticket.value())
                .addComponents(Label.of("Resolution note", note))
                .build();
    }

    /** The ticket of a submitted close modal, if the modal is one. */
    public static Optional<TicketId> ticketOf(String modalId) {
        return modalId.startsWith(PREFIX) ? TicketId.parse(modalId.substring(PREFIX.length())) : Optional.empty();
    }

    /** What a submitted close modal stands for: {@code /close <ticket> <note>}. */
    public static CommandInput command(TicketId ticket, String note) {
        return CommandInput.of(new BotCommand("close", ticket.value() + " " + note.strip()));
    }

    /** The id of the note field. */
    public static String noteField() {
        return NOTE;
    }
}
