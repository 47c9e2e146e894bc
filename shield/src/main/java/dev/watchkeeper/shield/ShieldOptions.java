package dev.watchkeeper.shield;

import dev.watchkeeper.core.shield.ShieldSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How {@link ShieldFactory} builds a shield.
 *
 * @param settings thresholds, protected domains and brands, staff, trusted roles, invites
 * @param remoteLists phishing lists to load and refresh in the background (none by default, so
 *     that nothing touches the network unless configured)
 * @param refreshPeriod how often to refresh them
 * @param extraSamples labelled messages added to the bundled samples before training
 * @param bundledLists true to load the bundled MetaMask list (allow, deny and fuzzy entries)
 */
public record ShieldOptions(
        ShieldSettings settings,
        List<DomainListSource> remoteLists,
        Duration refreshPeriod,
        List<LabelledText> extraSamples,
        boolean bundledLists) {
    /** MetaMask's eth-phishing-detect list. */
    public static final DomainListSource METAMASK = DomainListSource.of(
            "metamask",
            "https://raw.githubusercontent.com/MetaMask/eth-phishing-detect/main/src/config.json",
            DomainListFormat.METAMASK);
    /** polkadot-js/phishing's list. */
    public static final DomainListSource POLKADOT =
            DomainListSource.of("polkadot", "https://polkadot.js.org/phishing/all.json", DomainListFormat.POLKADOT);
    /** The discord-phishing-links list. */
    public static final DomainListSource DISCORD = DomainListSource.of(
            "discord-phishing-links",
            "https://raw.githubusercontent.com/nikolaischunk/discord-phishing-links/main/domain-list.json",
            DomainListFormat.DISCORD);

    /**
     * Official domains of the brands phishing kits imitate most in crypto communities; each is
     * allowed, and its name protected from look-alikes.
     */
    public static final Set<String> COMMON_OFFICIAL_DOMAINS = Set.of(
            "binance.com",
            "okx.com",
            "coinbase.com",
            "kraken.com",
            "bybit.com",
            "kucoin.com",
            "metamask.io",
            "trustwallet.com",
            "ledger.com",
            "trezor.io",
            "uniswap.org",
            "opensea.io",
            "phantom.app",
            "walletconnect.com",
            "etherscan.io",
            "bitget.com",
            "pancakeswap.finance",
            "exodus.com",
            "blockchain.com",
            "discord.com",
            "telegram.org",
            "steamcommunity.com",
            "steampowered.com",
            "tether.to",
            "arbitrum.io",
            "optimism.io",
            "solana.com",
            "ton.org",
            "tonkeeper.com",
            "hamsterkombat.io",
            "notcoin.org");

    public ShieldOptions {
        remoteLists = List.copyOf(remoteLists);
        extraSamples = List.copyOf(extraSamples);
        if (refreshPeriod.isNegative() || refreshPeriod.isZero()) {
            throw new IllegalArgumentException("refreshPeriod must be positive");
        }
    }

    /** Default settings protecting the common crypto brands; no remote lists. */
    public static ShieldOptions defaults() {
        return new ShieldOptions(
                ShieldSettings.defaults().withProtected(COMMON_OFFICIAL_DOMAINS, Set.of()),
                List.of(),
                Duration.ofHours(6),
                List.of(),
                true);
    }

    /** A copy with other settings. */
    public ShieldOptions withSettings(ShieldSettings newSettings) {
        return new ShieldOptions(newSettings, remoteLists, refreshPeriod, extraSamples, bundledLists);
    }

    /** A copy with or without the bundled MetaMask list (without: heuristics and remote lists only). */
    public ShieldOptions withBundledLists(boolean bundled) {
        return new ShieldOptions(settings, remoteLists, refreshPeriod, extraSamples, bundled);
    }

    /** A copy that loads and refreshes the given lists. */
    public ShieldOptions withRemoteLists(List<DomainListSource> lists) {
        return new ShieldOptions(settings, lists, refreshPeriod, extraSamples, bundledLists);
    }
}
