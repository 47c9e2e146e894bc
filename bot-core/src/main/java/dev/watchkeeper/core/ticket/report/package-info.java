/**
 * SLA and reports: {@link dev.watchkeeper.core.ticket.report.SlaMonitor} finds tickets past
 * their first-response or resolution target, {@link
 * dev.watchkeeper.core.ticket.report.RetentionPurge} deletes closed tickets past retention, and
 * {@link dev.watchkeeper.core.ticket.report.SupportStats} builds the {@code /stats} report. Pure
 * calls the application schedules or exposes.
 */
@NullMarked
package dev.watchkeeper.core.ticket.report;

import org.jspecify.annotations.NullMarked;
