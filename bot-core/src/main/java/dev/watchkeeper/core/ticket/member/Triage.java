package dev.watchkeeper.core.ticket.member;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.text.SecurityRecognizer;
import dev.watchkeeper.core.ticket.text.SecuritySignal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a new ticket's category. A security incident or scam report is one by its reason, or
 * when the member describes one ({@link SecurityRecognizer}: hacked, scammed, drained); a member
 * who lost access (a 2FA phone, a lock-out) has an account ticket. Otherwise the knowledge-base tags
 * of the entries the member was shown (weighted double: the search already understood the question)
 * and words in what the member wrote decide, from the word lists in {@code triage-words.txt}; words
 * never make a ticket urgent. Pure.
 */
final class Triage {
    private static final String WORDS_RESOURCE = "/dev/watchkeeper/core/ticket/triage-words.txt";
    private static final Map<Category, List<String>> WORDS = words();
    private static final SecurityRecognizer SECURITY = new SecurityRecognizer();

    private Triage() {}

    static Category categorise(HandOver.Reason reason, List<String> tags, String memberText) {
        if (reason == HandOver.Reason.SECURITY_INCIDENT) {
            return Category.SECURITY;
        }
        if (reason == HandOver.Reason.SCAM_REPORT) {
            return Category.SCAM_REPORT;
        }
        Optional<SecuritySignal> said = SECURITY.recognise(memberText);
        if (said.isPresent()) {
            return said.get().incident() ? Category.SECURITY : Category.ACCOUNT;
        }
        String text = memberText.toLowerCase(Locale.ROOT);
        List<String> lowerTags =
                tags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList();
        Category best = Category.OTHER;
        int bestScore = 0;
        for (Map.Entry<Category, List<String>> entry : WORDS.entrySet()) {
            int score = 0;
            for (String word : entry.getValue()) {
                score += 2
                        * (int) lowerTags.stream()
                                .filter(tag -> tag.contains(word))
                                .count();
                score += text.contains(word) ? 1 : 0;
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** The word lists: {@code [category]} sections, one word a line, {@code #} comments. */
    private static Map<Category, List<String>> words() {
        String content;
        try (InputStream in =
                Objects.requireNonNull(Triage.class.getResourceAsStream(WORDS_RESOURCE), WORDS_RESOURCE)) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(WORDS_RESOURCE, e);
        }
        Map<Category, List<String>> words = new EnumMap<>(Category.class);
        List<String> section = null;
        for (String raw : content.split("\n")) {
            String line = raw.strip().toLowerCase(Locale.ROOT);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = new ArrayList<>();
                words.put(Category.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT)), section);
            } else if (section == null) {
                throw new IllegalStateException(WORDS_RESOURCE + ": a word outside a section: " + line);
            } else {
                section.add(line);
            }
        }
        words.replaceAll((category, list) -> List.copyOf(list));
        return words;
    }
}
