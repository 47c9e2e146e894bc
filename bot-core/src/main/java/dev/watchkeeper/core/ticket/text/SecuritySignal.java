package dev.watchkeeper.core.ticket.text;

/** The kinds of security incident a member may describe; each opens an urgent ticket. */
public enum SecuritySignal {
    /** Someone else got into the member's account or wallet. */
    ACCOUNT_COMPROMISED,
    /** The member was tricked into sending funds or secrets. */
    SCAMMED,
    /** Funds left the wallet or account without the member. */
    FUNDS_DRAINED,
    /** The account is frozen, locked or suspended. */
    ACCOUNT_FROZEN,
    /** A withdrawal or transaction the member did not make. */
    UNAUTHORISED_WITHDRAWAL
}
