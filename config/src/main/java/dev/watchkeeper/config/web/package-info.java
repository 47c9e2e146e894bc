/**
 * Serves the staff web console ({@code watchkeeper.web}): the sign-in from a one-time link, the
 * session and its roles, the role each page needs, CSRF and security headers, and the pages'
 * controllers over the web adapter's views and gateway.
 */
@NullMarked
package dev.watchkeeper.config.web;

import org.jspecify.annotations.NullMarked;
