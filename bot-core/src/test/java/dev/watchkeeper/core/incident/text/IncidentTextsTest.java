package dev.watchkeeper.core.incident.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.incident.model.IncidentStatus;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.language.MessageCatalog;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IncidentTextsTest {
    private final MessageCatalog catalog = MessageCatalog.bundled();

    @Test
    void aMemberReadsTheStatusInTheirOwnLanguage() {
        IncidentTexts chinese = IncidentTexts.from(catalog, "zh");
        IncidentTexts brazilian = IncidentTexts.from(catalog, "pt-BR");

        assertThat(chinese.say(IncidentText.STATUS, chinese.label(IncidentStatus.IDENTIFIED), "提现延迟"))
                .isEqualTo("⚠️ **已知问题**（已确认原因）：提现延迟");
        assertThat(brazilian.say(IncidentText.RESOLVED_TICKET, "WK-1042"))
                .startsWith("Seu chamado WK-1042 sobre esse problema foi encerrado.");
    }

    @Test
    void everyLanguageLabelsTheFourStatusesApartAndNotInEnglish() {
        IncidentTexts english = IncidentTexts.from(catalog, "en");
        for (String language : new String[] {"ru", "zh", "es", "pt", "tr"}) {
            IncidentTexts members = IncidentTexts.from(catalog, language);
            IncidentStaffTexts staff = IncidentStaffTexts.from(catalog, language);
            for (IncidentStatus status : IncidentStatus.values()) {
                assertThat(members.label(status))
                        .as("%s %s", language, status)
                        .isNotEqualTo(english.label(status))
                        .isEqualTo(staff.label(status));
            }
            assertThat(Arrays.stream(IncidentStatus.values()).map(members::label))
                    .as(language)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void staffReadRepliesAndTheTimelineInTheStaffLanguage() {
        IncidentStaffTexts russian = IncidentStaffTexts.from(catalog, "ru");

        assertThat(russian.say(IncidentStaffText.UPDATED, "INC-7", russian.label(IncidentStatus.MONITORING)))
                .isEqualTo("Инцидент INC-7: статус «мониторинг».");
        assertThat(russian.label(TimelineEntry.Kind.LINKED)).isEqualTo("обращение привязано");
        assertThat(russian.say(IncidentStaffText.SEVERAL_OPEN, "INC-7"))
                .as("the command and its status word stay as staff type them")
                .contains("`/incident update INC-7 identified <сообщение>`");
    }
}
