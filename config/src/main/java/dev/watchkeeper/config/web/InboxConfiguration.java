package dev.watchkeeper.config.web;

import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.web.LiveViews;
import dev.watchkeeper.web.inbox.ConversationSummarizer;
import dev.watchkeeper.web.inbox.ExplorerLinks;
import dev.watchkeeper.web.inbox.InboxFilter;
import dev.watchkeeper.web.inbox.SharedFingerprints;
import dev.watchkeeper.web.inbox.SuggestedReplies;
import dev.watchkeeper.web.inbox.TicketInbox;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ticket inbox section: its controller, its views over the ticket store and the knowledge base, and the two
 * live views its pages watch: {@code inbox} (argument: the page's filter query, with {@code me}
 * the viewer's account when it asks for "assigned to me"; pages of one filter share a read of the
 * store each round) and {@code ticket} (argument: the ticket id; changes
 * with the ticket's version and the length of its conversation).
 */
@Configuration(proxyBeanMethods = false)
@Import(InboxController.class)
class InboxConfiguration {
    /** Under the live poller's round, so each round reads each watched inbox filter once. */
    private static final long SHARED_READ_NANOS = TimeUnit.MILLISECONDS.toNanos(LiveController.POLL_MILLIS * 4 / 5);

    @Bean
    TicketInbox ticketInbox(TicketStore tickets, TicketSettings settings, Clock clock, LiveViews views) {
        TicketInbox inbox = new TicketInbox(tickets, settings.sla(), clock);
        views.add(
                "inbox",
                new LiveViews.View(
                        ConsoleRole.AGENT,
                        new SharedFingerprints(
                                argument -> inboxFingerprint(inbox, argument), SHARED_READ_NANOS, System::nanoTime)));
        views.add("ticket", new LiveViews.View(ConsoleRole.AGENT, argument -> TicketId.parse(argument)
                .flatMap(tickets::find)
                .map(t -> t.version() + ":" + t.content().transcript().size() + ":"
                        + t.times().updatedAt().toEpochMilli())
                .orElse("none")));
        return inbox;
    }

    @Bean
    ExplorerLinks explorerLinks() {
        return ExplorerLinks.bundled();
    }

    @Bean
    ConversationSummarizer conversationSummarizer() {
        return ConversationSummarizer.bundled();
    }

    @Bean
    SuggestedReplies suggestedReplies(KnowledgeBase knowledgeBase) {
        return new SuggestedReplies(knowledgeBase);
    }

    /** The fingerprint of the inbox page a live argument names; a malformed one watches nothing. */
    private static String inboxFingerprint(TicketInbox inbox, String argument) {
        Map<String, String> parameters = UriComponentsBuilder.newInstance()
                .query(argument)
                .build()
                .getQueryParams()
                .toSingleValueMap();
        try {
            AccountId viewer = viewerOf(parameters.getOrDefault("me", ""));
            return inbox.fingerprint(InboxFilter.parse(decoded(parameters)), viewer);
        } catch (IllegalArgumentException e) {
            return "bad filter";
        }
    }

    private static Map<String, String> decoded(Map<String, String> parameters) {
        Map<String, String> out = new HashMap<>();
        parameters.forEach((k, v) -> out.put(k, URLDecoder.decode(v == null ? "" : v, StandardCharsets.UTF_8)));
        return out;
    }

    private static AccountId viewerOf(String me) {
        int colon = me.indexOf(':');
        if (colon < 1) {
            return new AccountId(Platform.CONSOLE, "");
        }
        return new AccountId(
                Platform.valueOf(me.substring(0, colon).toUpperCase(Locale.ROOT)), me.substring(colon + 1));
    }
}
