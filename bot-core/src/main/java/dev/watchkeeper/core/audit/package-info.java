/** The audit log: who did what, when and why, for moderation and support actions alike. */
@NullMarked
package dev.watchkeeper.core.audit;

import org.jspecify.annotations.NullMarked;
