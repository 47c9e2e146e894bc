package dev.watchkeeper.config.web;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.web.knowledge.EntryRow;
import dev.watchkeeper.web.knowledge.KnowledgeCatalog;
import dev.watchkeeper.web.knowledge.KnowledgeFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The knowledge base for every console role: each entry with its languages, the translations it
 * lacks and its votes, filtered by a missing language and searched by title. A language the bot
 * does not support is refused with a one-line reason (400).
 */
@Controller
class KnowledgeController {
    private final KnowledgeCatalog catalog;
    private final KnowledgeBase knowledgeBase;

    KnowledgeController(KnowledgeBase knowledgeBase, AnswerFeedback feedback) {
        this.knowledgeBase = knowledgeBase;
        this.catalog = new KnowledgeCatalog(knowledgeBase, feedback);
    }

    @GetMapping("/console/knowledge")
    String page(
            @RequestParam(name = "missing", defaultValue = "") String missing,
            @RequestParam(name = "title", defaultValue = "") String title,
            Model model,
            HttpServletResponse response) {
        KnowledgeFilter filter;
        try {
            filter = new KnowledgeFilter(missing, title);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            filter = new KnowledgeFilter(null, title);
        }
        List<EntryRow> rows = catalog.rows(filter);
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("languages", MemberLanguage.SUPPORTED);
        model.addAttribute("total", knowledgeBase.size());
        return "console/knowledge";
    }
}
