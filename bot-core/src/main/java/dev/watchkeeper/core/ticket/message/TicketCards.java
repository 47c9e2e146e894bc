package dev.watchkeeper.core.ticket.message;

import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.ChainReference;
import dev.watchkeeper.core.ticket.text.PiiMasker;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.util.List;
import java.util.Locale;

/**
 * Staff-facing views of a ticket, in the staff language. {@link #card} and {@link #line} go to
 * shared staff places and mask personal data; {@link #agentTranscript} is the assigned agent's own
 * view and does not.
 */
public final class TicketCards {
    private static final int CARD_TURNS = 8;

    private final PiiMasker masker;
    private final StaffTexts texts;

    public TicketCards(PiiMasker masker, StaffTexts texts) {
        this.masker = masker;
        this.texts = texts;
    }

    public String title(Ticket t) {
        return t.id() + " · " + texts.label(t.category()) + " · " + texts.label(t.priority()) + " · "
                + t.member().member().shownName();
    }

    public String card(Ticket t) {
        StringBuilder out = new StringBuilder();
        out.append("**")
                .append(t.id())
                .append("** · ")
                .append(texts.label(t.category()))
                .append(" · ")
                .append(texts.label(t.priority()))
                .append(" · ")
                .append(texts.label(t.status()))
                .append('\n');
        var member = t.member().member();
        String name =
                member.username() == null ? member.shownName() : member.shownName() + " (@" + member.username() + ")";
        out.append(texts.say(StaffText.CARD_MEMBER, name, platform(t))).append('\n');
        out.append(texts.say(StaffText.CARD_LANGUAGE, texts.languageName(t.language())))
                .append('\n');
        out.append(texts.say(StaffText.CARD_OPENED, t.times().openedAt(), texts.label(t.reason())))
                .append('\n');
        String context = context(t.content().context());
        if (!context.isEmpty()) {
            out.append(context).append('\n');
        }
        List<Turn> turns = t.content().transcript();
        if (!turns.isEmpty()) {
            out.append(texts.say(StaffText.CARD_RECENT)).append('\n');
            turns.subList(Math.max(0, turns.size() - CARD_TURNS), turns.size()).stream()
                    .filter(turn -> turn.speaker() != Turn.Speaker.SYSTEM)
                    .forEach(turn -> out.append("> ")
                            .append(texts.label(turn.speaker()))
                            .append(": ")
                            .append(masker.mask(turn.text()))
                            .append('\n'));
        }
        return out.toString().strip();
    }

    public String line(Ticket t) {
        String owner = t.owner().map(a -> " · " + a.shownName()).orElse("");
        return t.id() + " · " + texts.label(t.category()) + " · " + texts.label(t.priority()) + " · "
                + texts.label(t.status()) + owner;
    }

    public String agentTranscript(Ticket t) {
        StringBuilder out = new StringBuilder(texts.say(StaffText.TRANSCRIPT_TITLE, t.id())).append('\n');
        for (Turn turn : t.content().transcript()) {
            out.append(turn.at())
                    .append(' ')
                    .append(texts.label(turn.speaker()))
                    .append(": ")
                    .append(turn.text())
                    .append('\n');
        }
        return out.toString().strip();
    }

    public String masked(String text) {
        return masker.mask(text);
    }

    String context(TicketContext c) {
        StringBuilder out = new StringBuilder();
        append(
                out,
                StaffText.CARD_TX,
                c.transactions().stream().map(TicketCards::ref).toList());
        append(
                out,
                StaffText.CARD_ADDRESSES,
                c.addresses().stream().map(TicketCards::ref).toList());
        append(out, StaffText.CARD_UIDS, c.accountIds());
        append(
                out,
                StaffText.CARD_AMOUNTS,
                c.amounts().stream().map(Object::toString).toList());
        return out.toString().strip();
    }

    private void append(StringBuilder out, StaffText label, List<String> items) {
        if (!items.isEmpty()) {
            out.append(texts.say(label, String.join(", ", items))).append('\n');
        }
    }

    private static String platform(Ticket t) {
        return t.member().member().platform().name().toLowerCase(Locale.ROOT);
    }

    private static String ref(ChainReference ref) {
        return "`" + ref.value() + "` ("
                + ref.chain().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
