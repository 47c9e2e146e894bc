/**
 * What every store port promises in common: how a port says that its store is away for now
 * ({@link StoreUnavailableException}), so that features degrade instead of failing.
 */
@NullMarked
package dev.watchkeeper.core.store;

import org.jspecify.annotations.NullMarked;
