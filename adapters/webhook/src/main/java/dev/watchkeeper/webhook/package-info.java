/**
 * Webhooks: the core's ticket and moderation events, posted as signed JSON to HTTP receivers (a
 * helpdesk, a data warehouse). A {@link dev.watchkeeper.webhook.WebhookPublisher} queues each event
 * per endpoint in a durable {@link dev.watchkeeper.core.event.EventQueue}; one
 * {@link dev.watchkeeper.webhook.EndpointSender} per endpoint delivers them in order, retrying
 * with back-off, at least once; receivers drop repeats by the idempotency key and check the
 * signature with a {@link dev.watchkeeper.webhook.WebhookVerifier}. Uses the JDK's HTTP client.
 */
@NullMarked
package dev.watchkeeper.webhook;

import org.jspecify.annotations.NullMarked;
