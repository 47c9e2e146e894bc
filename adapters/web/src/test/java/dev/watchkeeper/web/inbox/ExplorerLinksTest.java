package dev.watchkeeper.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.ticket.text.Chain;
import dev.watchkeeper.core.ticket.text.ChainReference;
import dev.watchkeeper.core.ticket.text.ContextExtractor;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExplorerLinksTest {
    private static final String EVM_TX = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
    private static final String TRON = "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8";

    private final ExplorerLinks links = ExplorerLinks.bundled();

    @Test
    void linksEveryChainAndKindTheExtractorKnows() {
        for (Chain chain : Chain.values()) {
            for (ChainReference.Kind kind : ChainReference.Kind.values()) {
                assertThat(links.linkTo(new ChainReference(kind, "abc", chain)))
                        .as("%s %s", chain, kind)
                        .hasValueSatisfying(
                                url -> assertThat(url).startsWith("https://").contains("abc"));
            }
        }
    }

    @Test
    void listsTheContextOfAMembersTextWithExplorerLinks() {
        var context = new ContextExtractor()
                .extract("sent 250 USDT from " + TRON + ", tx " + EVM_TX + " still pending, my UID 48213377");

        assertThat(links.lines(context))
                .containsExactly(
                        new ContextLine("Transaction (EVM)", EVM_TX, "https://etherscan.io/tx/" + EVM_TX),
                        new ContextLine("Address (Tron)", TRON, "https://tronscan.org/#/address/" + TRON),
                        new ContextLine("UID", "48213377", null),
                        new ContextLine("Amount", "250 USDT", null));
    }

    @Test
    void encodesTheValueIntoTheUrl() {
        assertThat(links.linkTo(new ChainReference(ChainReference.Kind.ADDRESS, "a b&c", Chain.EVM)))
                .contains("https://etherscan.io/address/a+b%26c");
    }

    @Test
    void refusesAFileEntryThatIsNotAnHttpsTemplateOfAKnownChainAndKind() {
        assertThatThrownBy(() -> ExplorerLinks.parse("x", properties("EVM.TRANSACTION", "http://e/{value}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("x: EVM.TRANSACTION: expected an https URL with {value}");
        assertThatThrownBy(() -> ExplorerLinks.parse("x", properties("DOGE.ADDRESS", "https://e/{value}")))
                .hasMessage("x: DOGE.ADDRESS: unknown chain or kind");
        assertThatThrownBy(() -> ExplorerLinks.parse("x", properties("EVM", "https://e/{value}")))
                .hasMessage("x: EVM: expected CHAIN.KIND, such as EVM.TRANSACTION");
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
