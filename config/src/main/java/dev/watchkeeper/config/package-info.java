/**
 * The Spring Boot application: the only module that sees every other one. Wires the core and the
 * adapters with explicit {@code @Bean} methods (no component scanning), binds configuration and
 * runs the command line.
 */
@NullMarked
package dev.watchkeeper.config;

import org.jspecify.annotations.NullMarked;
