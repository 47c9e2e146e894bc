package dev.watchkeeper.core.ticket.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.language.MessageCatalog;
import org.junit.jupiter.api.Test;

class StaffTextsTest {
    @Test
    void theMembersLanguageIsNamedInTheStaffLanguage() {
        assertThat(StaffTexts.english().languageName("zh")).isEqualTo("Chinese (zh)");
        assertThat(StaffTexts.from(MessageCatalog.bundled(), "tr").languageName("es"))
                .isEqualTo("İspanyolca (es)");
    }
}
