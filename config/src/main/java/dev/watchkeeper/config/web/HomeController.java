package dev.watchkeeper.config.web;

import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's first page: the sections the member's roles open, with what waits in each. */
@Controller
class HomeController {
    private final ModerationCaseStore cases;
    private final TicketStore tickets;

    HomeController(ModerationCaseStore cases, TicketStore tickets) {
        this.cases = cases;
        this.tickets = tickets;
    }

    @GetMapping("/console")
    String home(Authentication authentication, Model model) {
        ConsoleMember me = ConsoleMember.of(((ConsoleAuthentication) authentication).grant());
        if (me.moderator()) {
            model.addAttribute("openCases", cases.openCount());
        }
        if (me.agent()) {
            long open = 0;
            for (TicketStatus status : TicketStatus.values()) {
                if (status.isOpen()) {
                    open += tickets.linesWithStatus(status).size();
                }
            }
            model.addAttribute("openTickets", open);
        }
        return "console/home";
    }
}
