package dev.watchkeeper.core.incident.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentPhrasingsTest {
    /** What members of a withdrawals incident wrote during its spike, as an incident keeps them. */
    private static final List<String> SPIKE = List.of(
            "withdrawl stuck 2 hours??",
            "my withdrawal has been pending since this morning wtf",
            "вывод завис уже 3 часа",
            "вывод в обработке с утра, что происходит?",
            "mi retiro sigue pendiente",
            "meu saque ta pendente faz 3 horas",
            "çekim 3 saattir beklemede",
            "提现卡住了好几个小时了");

    /** Ordinary support questions: the texts the n-gram weights are measured against. */
    private static final List<String> BACKGROUND = List.of(
            "how do I withdraw",
            "what is the withdrawal fee",
            "withdrawal limits per day",
            "how do I deposit",
            "my deposit has not arrived",
            "how to reset 2fa",
            "kyc documents rejected",
            "как вывести деньги",
            "комиссия за вывод",
            "como retirar",
            "comisión de retiro",
            "como sacar",
            "taxa de saque",
            "para çekme ücreti",
            "提现手续费是多少",
            "怎么充值");

    private final IncidentPhrasings incident = new IncidentPhrasings(SPIKE, GramWeights.of(BACKGROUND), 0.4);

    @Test
    void aQuestionWordedLikeTheSpikeMatchesInItsOwnLanguage() {
        assertThat(incident.matches("withdrawal stuck for 4 hours")).isTrue();
        assertThat(incident.matches("мой вывод завис")).isTrue();
        assertThat(incident.matches("meu saque esta pendente")).isTrue();
        assertThat(incident.matches("retiro pendiente desde ayer")).isTrue();
        assertThat(incident.matches("提现卡住了")).isTrue();
    }

    @Test
    void unrelatedQuestionsDoNotMatchEvenWhenTheyShareTheSubject() {
        assertThat(incident.matches("how do I reset my 2fa")).isFalse();
        assertThat(incident.matches("what is the fee to withdraw BTC")).isFalse();
        assertThat(incident.matches("комиссия за вывод USDT")).isFalse();
        assertThat(incident.matches("taxa de saque pix")).isFalse();
        assertThat(incident.matches("提现手续费")).isFalse();
        assertThat(incident.matches("kyc rejected again")).isFalse();
    }

    @Test
    void anIncidentWithNoPhrasingsMatchesNothing() {
        IncidentPhrasings none = new IncidentPhrasings(List.of(), GramWeights.even(), 0.4);

        assertThat(none.matches("withdrawal stuck")).isFalse();
        assertThat(none.closest("withdrawal stuck")).isZero();
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IncidentPhrasings(SPIKE, GramWeights.even(), 0.0))
                .withMessageContaining("phrasing similarity");
    }
}
