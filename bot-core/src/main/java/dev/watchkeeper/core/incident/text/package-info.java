/** What incident mode says, to members in their language and to staff in theirs, read from the message catalog. */
@NullMarked
package dev.watchkeeper.core.incident.text;

import org.jspecify.annotations.NullMarked;
