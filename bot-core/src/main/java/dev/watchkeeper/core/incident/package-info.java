/**
 * Incident mode: community signals that spot a spike of members asking about one thing, and the
 * incidents staff run from them (status answered first, new tickets held, announcements edited in
 * place, one message per member at resolution). {@link dev.watchkeeper.core.incident.IncidentDesk}
 * is the entry point.
 */
@NullMarked
package dev.watchkeeper.core.incident;

import org.jspecify.annotations.NullMarked;
