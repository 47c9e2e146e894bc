/**
 * Community signals: members' questions counted by topic (the knowledge-base entry they match, or a
 * group of similar messages) in sliding windows against each topic's moving baseline, and the
 * spike that alerts staff.
 */
@NullMarked
package dev.watchkeeper.core.incident.signal;

import org.jspecify.annotations.NullMarked;
