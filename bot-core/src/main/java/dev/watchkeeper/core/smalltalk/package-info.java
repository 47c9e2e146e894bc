/**
 * Small talk: greetings, thanks, acknowledgements and goodbyes told apart from support questions,
 * from phrase lists per language kept in this package's resources.
 */
@NullMarked
package dev.watchkeeper.core.smalltalk;

import org.jspecify.annotations.NullMarked;
