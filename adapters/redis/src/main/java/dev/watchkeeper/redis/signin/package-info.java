/** The Redis implementation of the staff console's sign-in port: one-time links waiting to be used. */
@NullMarked
package dev.watchkeeper.redis.signin;

import org.jspecify.annotations.NullMarked;
