package dev.watchkeeper.core.ticket.member;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TriageTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "my withdrawal has been pending since yesterday | WITHDRAWAL",
                "депозит не пришел | DEPOSIT",
                "my KYC selfie keeps getting rejected | KYC",
                "I can't log in, password reset email never comes | ACCOUNT",
                "hello? | OTHER",
                "is this airdrop a scam? | OTHER",
                "I was hacked, my USDT is gone | SECURITY",
                "меня обманули мошенники | SECURITY"
            })
    void categorisesByWhatTheMemberWrote(String text, Category expected) {
        assertThat(Triage.categorise(HandOver.Reason.REQUESTED, List.of(), text))
                .isEqualTo(expected);
    }

    /** The knowledge base's 2FA and lock-out articles are tagged security; that does not make an urgent ticket. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "I lost my 2FA phone, I need a human",
                "my account got locked after too many password attempts",
                "я потерял телефон с 2FA, позовите человека",
                "我的手机丢了，谷歌验证器也没了",
                "perdí mi teléfono con el 2FA, quiero hablar con una persona",
                "perdi meu celular com o autenticador",
                "telefonumu kaybettim, 2FA kodlarına erişemiyorum"
            })
    void lostAccessIsARoutineAccountTicket(String text) {
        Category category = Triage.categorise(HandOver.Reason.REQUESTED, List.of("security", "2fa", "account"), text);

        assertThat(category).isEqualTo(Category.ACCOUNT);
        assertThat(category.priority()).isEqualTo(Priority.NORMAL);
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
