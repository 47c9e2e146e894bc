package dev.watchkeeper.core.ticket.text;

/**
 * What a member says happened to their account or wallet. An {@linkplain #incident() incident} was
 * done to them (hacked, scammed, drained): it opens an urgent security ticket with the security
 * checklist. Lost access (a lost 2FA phone, a lock-out, a frozen account) is a routine account
 * matter: the checklist ("move the remaining funds…") would only alarm them.
 */
public enum SecuritySignal {
    /** Someone else got into the member's account or wallet. */
    ACCOUNT_COMPROMISED(true),
    /** The member was tricked into sending funds or secrets. */
    SCAMMED(true),
    /** Funds left the wallet or account without the member. */
    FUNDS_DRAINED(true),
    /** A withdrawal or transaction the member did not make. */
    UNAUTHORISED_WITHDRAWAL(true),
    /** The account is frozen, locked or suspended by the platform. */
    ACCOUNT_FROZEN(false),
    /** The member cannot get in: a lost 2FA device or password, a lock-out after failed attempts. */
    LOST_ACCESS(false);

    private final boolean incident;

    SecuritySignal(boolean incident) {
        this.incident = incident;
    }

    /** True when something was done to the member (hacked, scammed, drained); false for lost access. */
    public boolean incident() {
        return incident;
    }
}
