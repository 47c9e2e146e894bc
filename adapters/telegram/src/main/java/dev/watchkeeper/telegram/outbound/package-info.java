/** Carrying decisions out on the Bot API: the plan of calls per decision, rate limiting, queueing and retries. */
@NullMarked
package dev.watchkeeper.telegram.outbound;

import org.jspecify.annotations.NullMarked;
