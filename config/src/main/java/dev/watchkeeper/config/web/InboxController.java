package dev.watchkeeper.config.web;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.web.ConsoleGateway;
import dev.watchkeeper.web.inbox.ConversationSummarizer;
import dev.watchkeeper.web.inbox.ExplorerLinks;
import dev.watchkeeper.web.inbox.InboxFilter;
import dev.watchkeeper.web.inbox.InboxPage;
import dev.watchkeeper.web.inbox.SlaStanding;
import dev.watchkeeper.web.inbox.SlaState;
import dev.watchkeeper.web.inbox.SuggestedReplies;
import dev.watchkeeper.web.inbox.TicketAction;
import dev.watchkeeper.web.inbox.TicketInbox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket inbox ({@code /console/inbox}, agents): the list with its filters, a ticket's page,
 * the parts of both that refresh live, and the ticket actions, each run as the staff command it
 * is in chat through the {@link ConsoleGateway} (so the core checks the agent and audits it).
 */
@Controller
class InboxController {
    private final TicketInbox inbox;
    private final TicketStore tickets;
    private final TicketSettings settings;
    private final ConsoleGateway gateway;
    private final ExplorerLinks explorers;
    private final ConversationSummarizer summarizer;
    private final SuggestedReplies suggestions;
    private final Clock clock;

    InboxController(
            TicketInbox inbox,
            TicketStore tickets,
            TicketSettings settings,
            ConsoleGateway gateway,
            ExplorerLinks explorers,
            ConversationSummarizer summarizer,
            SuggestedReplies suggestions,
            Clock clock) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.settings = settings;
        this.gateway = gateway;
        this.explorers = explorers;
        this.summarizer = summarizer;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    @GetMapping("/console/inbox")
    String list(@RequestParam Map<String, String> parameters, Authentication authentication, Model model) {
        listModel(parameters, authentication, model);
        return "console/inbox";
    }

    @GetMapping("/console/inbox/list")
    String listPart(@RequestParam Map<String, String> parameters, Authentication authentication, Model model) {
        listModel(parameters, authentication, model);
        return "console/inbox :: list";
    }

    @GetMapping("/console/inbox/{id}")
    String ticket(@PathVariable String id, Authentication authentication, Model model) {
        Ticket ticket = find(id);
        ConsoleGrant who = Objects.requireNonNull(ConsoleAuthentication.grantOf(authentication));
        model.addAttribute("ticket", ticket);
        model.addAttribute("mine", ticket.isOwnedBy(who.user()));
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "liveUrl",
                "/console/live/ticket?arg=" + URLEncoder.encode(ticket.id().value(), StandardCharsets.UTF_8));
        model.addAttribute("sla", SlaStanding.of(ticket, settings.sla(), clock.instant()));
        model.addAttribute("summary", summarizer.summarize(ticket.content().transcript()));
        model.addAttribute("context", explorers.lines(ticket.content().context()));
        model.addAttribute("suggestions", suggestions.forTicket(ticket));
        return "console/ticket";
    }

    @GetMapping("/console/inbox/{id}/conversation")
    String conversation(@PathVariable String id, Model model) {
        model.addAttribute("ticket", find(id));
        return "console/ticket :: conversation";
    }

    @PostMapping("/console/inbox/{id}/{action}")
    String act(
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam(name = "text", defaultValue = "") String text,
            Authentication authentication,
            RedirectAttributes redirect) {
        TicketAction what = TicketAction.of(action)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such action: " + action));
        Ticket ticket = find(id);
        ConsoleGrant who = Objects.requireNonNull(ConsoleAuthentication.grantOf(authentication));
        try {
            redirect.addFlashAttribute(
                    "notices",
                    gateway.staffCommand(who, what.commandLine(ticket.id(), text))
                            .notices());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("draft", text);
        }
        return "redirect:/console/inbox/" + ticket.id().value();
    }

    private void listModel(Map<String, String> parameters, Authentication authentication, Model model) {
        ConsoleGrant who = Objects.requireNonNull(ConsoleAuthentication.grantOf(authentication));
        InboxFilter filter;
        try {
            filter = InboxFilter.parse(parameters);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            filter = InboxFilter.open();
        }
        AccountId me = AccountId.of(who.user());
        InboxPage page = inbox.page(filter, me);
        String shown = page.pageQuery(page.filter().page());
        String liveArg = filter.assignee() == InboxFilter.Assignee.ME ? shown + "&me=" + me : shown;
        model.addAttribute("page", page);
        model.addAttribute("now", clock.instant());
        model.addAttribute("listUrl", "/console/inbox/list?" + shown);
        model.addAttribute("liveUrl", "/console/live/inbox?arg=" + URLEncoder.encode(liveArg, StandardCharsets.UTF_8));
        model.addAttribute("statuses", List.of(TicketStatus.values()));
        model.addAttribute("priorities", List.of(Priority.values()));
        model.addAttribute("slaStates", List.of(SlaState.values()));
        model.addAttribute("platforms", List.of(Platform.values()));
    }

    private Ticket find(String id) {
        return TicketId.parse(id)
                .flatMap(tickets::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no ticket " + id));
    }
}
