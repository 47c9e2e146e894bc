/** Recognises secrets that must never be posted: BIP39 seed phrases (all ten official word lists, checksum-validated) and raw private keys (hex, WIF, extended keys). */
@NullMarked
package dev.watchkeeper.core.shield.secret;

import org.jspecify.annotations.NullMarked;
