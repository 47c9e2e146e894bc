/**
 * The moderation queue's views and actions: the open cases most urgent first, one or many cases
 * confirmed or dismissed through the console gateway (as the case card's buttons), the community's
 * allow and deny lists edited with the moderators' chat commands, the audit log and a member's
 * history. Plain Java over the core's ports; each read is bounded to what a page shows.
 */
@NullMarked
package dev.watchkeeper.web.queue;

import org.jspecify.annotations.NullMarked;
