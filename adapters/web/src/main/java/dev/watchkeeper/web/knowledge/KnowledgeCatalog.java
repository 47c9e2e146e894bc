package dev.watchkeeper.web.knowledge;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.language.MemberLanguage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists the knowledge base for staff: each entry with its languages, those of {@link
 * MemberLanguage#SUPPORTED} it lacks, and its votes, sorted by id. Thread-safe; blocks while the
 * votes are read (one read for all entries).
 */
public final class KnowledgeCatalog {
    private final KnowledgeBase knowledgeBase;
    private final AnswerFeedback feedback;

    public KnowledgeCatalog(KnowledgeBase knowledgeBase, AnswerFeedback feedback) {
        this.knowledgeBase = knowledgeBase;
        this.feedback = feedback;
    }

    /** The entries the filter lets through. */
    public List<EntryRow> rows(KnowledgeFilter filter) {
        Map<String, List<KnowledgeEntry>> byId = new LinkedHashMap<>();
        for (KnowledgeEntry version : knowledgeBase.entries()) {
            byId.computeIfAbsent(version.id(), id -> new ArrayList<>()).add(version);
        }
        Map<String, FeedbackTotals> votes = feedback.byEntry();
        List<EntryRow> rows = new ArrayList<>();
        for (List<KnowledgeEntry> versions : byId.values()) {
            EntryRow row = row(versions, votes);
            if (matches(row, versions, filter)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(EntryRow::id));
        return rows;
    }

    private static EntryRow row(List<KnowledgeEntry> versions, Map<String, FeedbackTotals> votes) {
        KnowledgeEntry shown = versions.stream()
                .filter(v -> v.lang().equals(MemberLanguage.ENGLISH))
                .findFirst()
                .orElse(versions.getFirst());
        LinkedHashSet<String> written = new LinkedHashSet<>();
        versions.forEach(v -> written.add(v.lang()));
        List<String> languages = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String supported : MemberLanguage.SUPPORTED) {
            (written.remove(supported) ? languages : missing).add(supported);
        }
        languages.addAll(written);
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        versions.forEach(v -> tags.addAll(v.tags()));
        FeedbackTotals totals = votes.getOrDefault(shown.id(), FeedbackTotals.NONE);
        return new EntryRow(
                shown.id(), shown.title(), List.copyOf(tags), languages, missing, totals.helpful(), totals.unhelpful());
    }

    private static boolean matches(EntryRow row, List<KnowledgeEntry> versions, KnowledgeFilter filter) {
        if (filter.missing() != null && !row.missing().contains(filter.missing())) {
            return false;
        }
        String words = filter.titleWords();
        return words.isEmpty()
                || versions.stream()
                        .anyMatch(v -> v.title().toLowerCase(Locale.ROOT).contains(words))
                || row.id().contains(words);
    }
}
