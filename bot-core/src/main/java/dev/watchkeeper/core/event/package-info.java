/**
 * Domain events: what changed in tickets and moderation cases, told to the outside (webhooks, a
 * data warehouse) through the {@link dev.watchkeeper.core.event.DomainEvents} port after the
 * change is stored. Events carry ids and redacted texts only, never a secret. An
 * {@link dev.watchkeeper.core.event.EventQueue} keeps them durably for a sender to deliver.
 */
@NullMarked
package dev.watchkeeper.core.event;

import org.jspecify.annotations.NullMarked;
