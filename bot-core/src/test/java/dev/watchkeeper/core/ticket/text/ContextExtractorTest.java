package dev.watchkeeper.core.ticket.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContextExtractorTest {
    private final ContextExtractor extractor = new ContextExtractor();

    @ParameterizedTest
    @CsvSource({
        "0x52908400098527886E0F7030069857D2E4169EE7, ADDRESS, EVM",
        "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060, TRANSACTION, EVM",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, ADDRESS, BITCOIN",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, ADDRESS, BITCOIN",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, ADDRESS, BITCOIN",
        "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8, ADDRESS, TRON",
        "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV, ADDRESS, SOLANA",
        "ltc1qg82tkhf4pg4sq6cw3m4drw9yp3s6s2k4u2j6y3, ADDRESS, LITECOIN",
        "LQTpS3VaYTjCr4s9Y1t5zbeY26zevf7Fb3, ADDRESS, LITECOIN",
        "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh, ADDRESS, XRP",
        "EQD2NmD_lH5f5u1Kj3KfGyTvhZSX0Eg6qp2a5IQUKXxOG21n, ADDRESS, TON",
        "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16, TRANSACTION, UNKNOWN"
    })
    void guessesTheChainOfPastedValues(String value, ChainReference.Kind kind, Chain chain) {
        TicketContext context = extractor.extract("here: " + value + " thanks");

        assertThat(kind == ChainReference.Kind.ADDRESS ? context.addresses() : context.transactions())
                .containsExactly(new ChainReference(kind, value, chain));
    }

    @Test
    void findsAccountIdsAndAmounts() {
        TicketContext context =
                extractor.extract("My UID 12345678: I withdrew 250 USDT and 0.5 btc, fee was $1,200.50");

        assertThat(context.accountIds()).containsExactly("12345678");
        assertThat(context.amounts())
                .containsExactly(
                        new Amount(new BigDecimal("250"), "USDT"),
                        new Amount(new BigDecimal("0.5"), "BTC"),
                        new Amount(new BigDecimal("1200.50"), "USD"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "internationalisation and cryptocurrencies are unquestionably fascinating",
                "1234567890123456789012345678",
                "WK-1042 is my ticket",
                "[redacted key]"
            })
    void ignoresTextThatIsNotChainData(String text) {
        assertThat(extractor.extract(text).addresses()).isEmpty();
        assertThat(extractor.extract(text).transactions()).isEmpty();
    }
}
