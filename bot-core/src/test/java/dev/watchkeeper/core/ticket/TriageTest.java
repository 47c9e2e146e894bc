package dev.watchkeeper.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.HandOver;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "my withdrawal has been pending since yesterday | WITHDRAWAL",
                "депозит не пришел | DEPOSIT",
                "my KYC selfie keeps getting rejected | KYC",
                "I can't log in, password reset email never comes | ACCOUNT",
                "hello? | OTHER"
            })
    void categorisesByWhatTheMemberWrote(String text, Category expected) {
        assertThat(Triage.categorise(HandOver.Reason.REQUESTED, List.of(), text))
                .isEqualTo(expected);
    }

    @Test
    void knowledgeBaseTagsOutweighLooseWords() {
        Category category = Triage.categorise(HandOver.Reason.REPEATED_MISSES, List.of("deposit"), "my account, help");

        assertThat(category).isEqualTo(Category.DEPOSIT);
    }

    @Test
    void securityAndScamReasonsDecideTheCategory() {
        assertThat(Triage.categorise(HandOver.Reason.SECURITY_INCIDENT, List.of("deposit"), "deposit"))
                .isEqualTo(Category.SECURITY);
        assertThat(Triage.categorise(HandOver.Reason.SCAM_REPORT, List.of(), ""))
                .isEqualTo(Category.SCAM_REPORT);
        assertThat(Category.SECURITY.priority()).isEqualTo(Priority.URGENT);
        assertThat(Category.SCAM_REPORT.priority()).isEqualTo(Priority.URGENT);
    }
}
