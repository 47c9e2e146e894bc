/**
 * The languages the bot speaks to members in (English, Russian, Chinese, Spanish, Portuguese and
 * Turkish), and telling which one a member uses. Pure functions; thread-safe; never block.
 */
@NullMarked
package dev.watchkeeper.core.language;

import org.jspecify.annotations.NullMarked;
