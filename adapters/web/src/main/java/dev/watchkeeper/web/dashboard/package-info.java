/**
 * The supervisor's dashboard: support figures per day over a range of days (escalations, bot
 * answers and misses, deflection, first-response and resolution times, CSAT, SLA breaches), the
 * breakdowns of the range's tickets, the questions the bot could not answer and the answers members
 * found least helpful, as values for the page's tables and as chart data for its script. Plain
 * Java over the core's ports; the computations are pure.
 */
@NullMarked
package dev.watchkeeper.web.dashboard;

import org.jspecify.annotations.NullMarked;
