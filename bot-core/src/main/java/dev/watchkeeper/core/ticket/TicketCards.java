package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.ticket.text.ChainReference;
import dev.watchkeeper.core.ticket.text.PiiMasker;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.util.List;
import java.util.Locale;

/**
 * Staff-facing views of a ticket. {@link #card} and {@link #line} go to shared staff places and
 * mask personal data; {@link #agentTranscript} is the assigned agent's own view and does not.
 */
final class TicketCards {
    private static final int CARD_TURNS = 8;

    private final PiiMasker masker;

    TicketCards(PiiMasker masker) {
        this.masker = masker;
    }

    String title(Ticket t) {
        return t.id() + " · " + t.category().label() + " · " + lower(t.priority()) + " · "
                + t.member().member().shownName();
    }

    String card(Ticket t) {
        StringBuilder out = new StringBuilder();
        out.append("**")
                .append(t.id())
                .append("** · ")
                .append(t.category().label())
                .append(" · ")
                .append(lower(t.priority()))
                .append(" · ")
                .append(lower(t.status()))
                .append('\n');
        var member = t.member().member();
        out.append("Member: ").append(member.shownName());
        if (member.username() != null) {
            out.append(" (@").append(member.username()).append(')');
        }
        out.append(" · ")
                .append(lower(member.platform()))
                .append(" · ")
                .append(t.language())
                .append('\n');
        out.append("Opened: ")
                .append(t.times().openedAt())
                .append(" · reason: ")
                .append(lower(t.reason()))
                .append('\n');
        String context = context(t.content().context());
        if (!context.isEmpty()) {
            out.append(context).append('\n');
        }
        List<Turn> turns = t.content().transcript();
        if (!turns.isEmpty()) {
            out.append("Recent:\n");
            turns.subList(Math.max(0, turns.size() - CARD_TURNS), turns.size()).stream()
                    .filter(turn -> turn.speaker() != Turn.Speaker.SYSTEM)
                    .forEach(turn -> out.append("> ")
                            .append(label(turn))
                            .append(": ")
                            .append(masker.mask(turn.text()))
                            .append('\n'));
        }
        return out.toString().strip();
    }

    String line(Ticket t) {
        String owner = t.owner().map(a -> " · " + a.shownName()).orElse("");
        return t.id() + " · " + t.category().label() + " · " + lower(t.priority()) + " · " + lower(t.status()) + owner;
    }

    String agentTranscript(Ticket t) {
        StringBuilder out = new StringBuilder("Transcript of ").append(t.id()).append(" (for you only):\n");
        for (Turn turn : t.content().transcript()) {
            out.append(turn.at())
                    .append(' ')
                    .append(label(turn))
                    .append(": ")
                    .append(turn.text())
                    .append('\n');
        }
        return out.toString().strip();
    }

    String masked(String text) {
        return masker.mask(text);
    }

    static String context(TicketContext c) {
        StringBuilder out = new StringBuilder();
        append(out, "Tx", c.transactions().stream().map(TicketCards::ref).toList());
        append(out, "Addresses", c.addresses().stream().map(TicketCards::ref).toList());
        append(out, "UIDs", c.accountIds());
        append(out, "Amounts", c.amounts().stream().map(Object::toString).toList());
        return out.toString().strip();
    }

    private static void append(StringBuilder out, String label, List<String> items) {
        if (!items.isEmpty()) {
            out.append(label).append(": ").append(String.join(", ", items)).append('\n');
        }
    }

    private static String ref(ChainReference ref) {
        return "`" + ref.value() + "` (" + lower(ref.chain()) + ")";
    }

    private static String label(Turn turn) {
        return lower(turn.speaker());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
