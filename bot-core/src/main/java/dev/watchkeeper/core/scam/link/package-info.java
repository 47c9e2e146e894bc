/** Finds links in messages, including obfuscated ones, and judges them: deny and allow lists, look-alikes of protected brands, bait words on throwaway domains, shorteners and invites to other communities. */
@NullMarked
package dev.watchkeeper.core.scam.link;

import org.jspecify.annotations.NullMarked;
