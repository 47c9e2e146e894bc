package dev.watchkeeper.core.ticket.text;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An amount of an asset a member mentioned, such as {@code 250 USDT}.
 *
 * @param value the number
 * @param asset the asset's ticker, upper case ({@code USD} for a dollar sign)
 */
public record Amount(BigDecimal value, String asset) {
    public Amount {
        requireNonNull(value, "value");
        requireNonNull(asset, "asset");
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + asset;
    }
}
