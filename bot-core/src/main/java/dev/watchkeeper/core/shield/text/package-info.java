/** Text normalisation that undoes the tricks spam uses to dodge filters: compatibility forms, invisible characters, look-alike letters from other scripts, leetspeak and spaced-out letters. */
@NullMarked
package dev.watchkeeper.core.shield.text;

import org.jspecify.annotations.NullMarked;
