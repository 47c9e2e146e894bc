/**
 * Backups of the stores: every ticket, transcript, moderation case, audit entry, answer vote
 * count and incident (with its timeline and linked members) as a stream of {@link dev.watchkeeper.core.backup.BackupRecord}s, read out of one store and
 * restored into another ({@link dev.watchkeeper.core.backup.BackupStore}), with ids, times and
 * states kept. The file format lives outside the core.
 */
@NullMarked
package dev.watchkeeper.core.backup;

import org.jspecify.annotations.NullMarked;
