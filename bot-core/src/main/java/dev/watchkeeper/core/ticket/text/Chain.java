package dev.watchkeeper.core.ticket.text;

/** The blockchain a pasted address or transaction id most likely belongs to. A guess from its shape. */
public enum Chain {
    /** Ethereum and other EVM chains (BNB Smart Chain, Polygon, Arbitrum…): one shape for all. */
    EVM,
    BITCOIN,
    TRON,
    SOLANA,
    LITECOIN,
    XRP,
    TON,
    /** The shape fits several chains (a bare 64-hex transaction id: Bitcoin, TRON, Litecoin…). */
    UNKNOWN
}
