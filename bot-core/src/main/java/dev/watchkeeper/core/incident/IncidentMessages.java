package dev.watchkeeper.core.incident;

import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.text.IncidentStaffText;
import dev.watchkeeper.core.incident.text.IncidentStaffTexts;
import dev.watchkeeper.core.incident.text.IncidentText;
import dev.watchkeeper.core.incident.text.IncidentTexts;
import dev.watchkeeper.core.language.Translations;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The texts of an incident as members and community channels read them. Immutable. */
final class IncidentMessages {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Translations<IncidentTexts> members;
    private final IncidentStaffTexts staff;
    private final String staffLanguage;

    IncidentMessages(Translations<IncidentTexts> members, IncidentStaffTexts staff, String staffLanguage) {
        this.members = members;
        this.staff = staff;
        this.staffLanguage = staffLanguage;
    }

    /** The message in the member's language where staff gave one, else the staff language's, else the title. */
    String message(Incident incident, String language) {
        return incident.message(language, staffLanguage).orElse(incident.title());
    }

    /** The status a member gets before anything else while the incident is open. */
    String status(Incident incident, String language) {
        IncidentTexts texts = members.in(language);
        List<String> lines = new ArrayList<>();
        lines.add(texts.say(IncidentText.STATUS, texts.label(incident.status()), message(incident, language)));
        if (!incident.messages().containsKey(language) && !language.equals(staffLanguage)) {
            lines.add(texts.say(IncidentText.STATUS_UNTRANSLATED));
        }
        if (incident.statusPage() != null) {
            lines.add(texts.say(IncidentText.STATUS_PAGE, incident.statusPage()));
        }
        return String.join("\n", lines);
    }

    /** What a member whose new ticket is held with the incident is told. */
    String ticketHeld(String ticket, String language) {
        return members.in(language).say(IncidentText.TICKET_LINKED, ticket);
    }

    /** The one message a linked member gets at resolution. */
    String resolved(Incident incident, String language, @org.jspecify.annotations.Nullable String closedTicket) {
        IncidentTexts texts = members.in(language);
        String text = texts.say(IncidentText.RESOLVED, message(incident, language));
        return closedTicket == null ? text : text + "\n" + texts.say(IncidentText.RESOLVED_TICKET, closedTicket);
    }

    /**
     * The announcement in community channels: the title and status, the staff language's message
     * (none while staff gave no message: the title says it), then each translation.
     */
    String announcement(Incident incident) {
        String message = incident.message(staffLanguage, staffLanguage).orElse("");
        String head = staff.say(
                IncidentStaffText.ANNOUNCEMENT,
                incident.title(),
                staff.label(incident.status()),
                message,
                TIME.format(incident.times().updatedAt()));
        StringBuilder text = new StringBuilder(message.isEmpty() ? head.replace("\n\n", "\n") : head);
        for (Map.Entry<String, String> translation : incident.messages().entrySet()) {
            if (!translation.getKey().equals(staffLanguage)) {
                text.append('\n')
                        .append(staff.say(
                                IncidentStaffText.ANNOUNCEMENT_LINE, translation.getKey(), translation.getValue()));
            }
        }
        return text.toString();
    }
}
