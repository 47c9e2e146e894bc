package dev.watchkeeper.core.ticket.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls transaction ids, addresses (with a guess of their chain), account ids and amounts out of
 * text. Run it on redacted text: a bare 64-hex value with no "tx"/"hash" before it has been
 * masked as a possible private key by then, and must not come back as context. Pure and
 * thread-safe.
 */
public final class ContextExtractor {
    private static final String B58 = "1-9A-HJ-NP-Za-km-z";
    private static final Pattern TOKEN = Pattern.compile("(?<![0-9A-Za-z_-])[0-9A-Za-z_-]{25,100}(?![0-9A-Za-z_-])");
    private static final Pattern EVM_TX = Pattern.compile("0x[0-9a-fA-F]{64}");
    private static final Pattern EVM_ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern HEX_TX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern BTC_BECH32 = Pattern.compile("bc1[ac-hj-np-z02-9]{11,71}");
    private static final Pattern BTC_BASE58 = Pattern.compile("[13][" + B58 + "]{25,34}");
    private static final Pattern LTC = Pattern.compile("ltc1[ac-hj-np-z02-9]{11,71}|[LM][" + B58 + "]{26,33}");
    private static final Pattern TRON = Pattern.compile("T[" + B58 + "]{33}");
    private static final Pattern XRP = Pattern.compile("r[" + B58 + "]{24,34}");
    private static final Pattern TON = Pattern.compile("(?:EQ|UQ)[A-Za-z0-9_-]{46}");
    private static final Pattern SOLANA_TX = Pattern.compile("[" + B58 + "]{86,88}");
    private static final Pattern SOLANA = Pattern.compile("[" + B58 + "]{32,44}");
    private static final Pattern ACCOUNT_ID =
            Pattern.compile("(?iu)\\b(?:uid|user ?id|account ?id|client ?id|id)\\s*(?:[:#=№]|is)?\\s*(\\d{5,12})\\b");
    private static final String ASSETS = "USDT|USDC|BUSD|DAI|BTC|ETH|BNB|TRX|SOL|XRP|TON|LTC|DOGE|ADA|MATIC|POL|DOT|"
            + "AVAX|SHIB|ARB|OP|USD|EUR|RUB|TRY|BRL";
    private static final Pattern AMOUNT =
            Pattern.compile("(?iu)(?<![\\w.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)\\s?(" + ASSETS
                    + ")\\b" + "|\\$\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");

    /** Everything found in the text. */
    public TicketContext extract(String text) {
        List<ChainReference> transactions = new ArrayList<>();
        List<ChainReference> addresses = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            classify(tokens.group())
                    .ifPresent(
                            ref -> (ref.kind() == ChainReference.Kind.TRANSACTION ? transactions : addresses).add(ref));
        }
        List<String> accountIds = new ArrayList<>();
        Matcher ids = ACCOUNT_ID.matcher(text);
        while (ids.find()) {
            accountIds.add(ids.group(1));
        }
        return new TicketContext(transactions, addresses, accountIds, amounts(text));
    }

    /** The chain reference a single token is, if it is one. */
    static Optional<ChainReference> classify(String token) {
        if (EVM_TX.matcher(token).matches()) {
            return tx(token, Chain.EVM);
        }
        if (EVM_ADDRESS.matcher(token).matches()) {
            return address(token, Chain.EVM);
        }
        if (HEX_TX.matcher(token).matches()) {
            return tx(token, Chain.UNKNOWN);
        }
        if (BTC_BECH32.matcher(token).matches()) {
            return address(token, Chain.BITCOIN);
        }
        if (TON.matcher(token).matches()) {
            return address(token, Chain.TON);
        }
        if (token.indexOf('_') >= 0 || token.indexOf('-') >= 0) {
            return Optional.empty();
        }
        if (LTC.matcher(token).matches() && token.startsWith("ltc1")) {
            return address(token, Chain.LITECOIN);
        }
        if (!mixed(token)) {
            return Optional.empty();
        }
        if (TRON.matcher(token).matches()) {
            return address(token, Chain.TRON);
        }
        if (BTC_BASE58.matcher(token).matches()) {
            return address(token, Chain.BITCOIN);
        }
        if (LTC.matcher(token).matches()) {
            return address(token, Chain.LITECOIN);
        }
        if (SOLANA_TX.matcher(token).matches()) {
            return tx(token, Chain.SOLANA);
        }
        if (XRP.matcher(token).matches() && token.length() <= 35) {
            return address(token, Chain.XRP);
        }
        if (SOLANA.matcher(token).matches()) {
            return address(token, Chain.SOLANA);
        }
        return Optional.empty();
    }

    private static List<Amount> amounts(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            String asset = m.group(2) != null ? m.group(2).toUpperCase(Locale.ROOT) : "USD";
            parse(number).ifPresent(value -> amounts.add(new Amount(value, asset)));
        }
        return amounts;
    }

    private static Optional<BigDecimal> parse(String number) {
        String plain =
                number.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?") ? number.replace(",", "") : number.replace(',', '.');
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Real base58 keys mix digits with upper- and lower-case letters; long words do not. */
    private static boolean mixed(String token) {
        return token.chars().anyMatch(Character::isDigit)
                && token.chars().anyMatch(Character::isUpperCase)
                && token.chars().anyMatch(Character::isLowerCase);
    }

    private static Optional<ChainReference> tx(String value, Chain chain) {
        return Optional.of(new ChainReference(ChainReference.Kind.TRANSACTION, value, chain));
    }

    private static Optional<ChainReference> address(String value, Chain chain) {
        return Optional.of(new ChainReference(ChainReference.Kind.ADDRESS, value, chain));
    }
}
