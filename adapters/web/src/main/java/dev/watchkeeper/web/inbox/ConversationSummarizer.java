package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.ContextExtractor;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Summarises a ticket's conversation by picking its own sentences, no model and no service: the
 * member's first question; the member's {@value #KEY_DETAILS} sentences richest in context
 * (a transaction id or an address counts most, then account ids and amounts, then words that say
 * what went wrong, from {@code summary-cues.txt}), in the order they were said (leaving out those of the first question, shown already); the bot's last
 * answer; and what staff did (replies and notes, with the last of each). Reads the transcript,
 * which is already redacted. Pure and thread-safe.
 */
public final class ConversationSummarizer {
    static final int KEY_DETAILS = 3;
    private static final int LONGEST = 240;
    private static final String CUES = "/dev/watchkeeper/web/inbox/summary-cues.txt";

    private final ContextExtractor extractor;
    private final List<String> cues;

    ConversationSummarizer(ContextExtractor extractor, List<String> cues) {
        this.extractor = extractor;
        this.cues = List.copyOf(cues);
    }

    /** A summariser with the bundled cue words. */
    public static ConversationSummarizer bundled() {
        try (InputStream in = Objects.requireNonNull(ConversationSummarizer.class.getResourceAsStream(CUES), CUES)) {
            List<String> cues = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .toList();
            return new ConversationSummarizer(new ContextExtractor(), cues);
        } catch (IOException e) {
            throw new UncheckedIOException(CUES, e);
        }
    }

    private record Scored(String sentence, int order, int score) {}

    /** The summary of this transcript, oldest turn first. */
    public ConversationSummary summarize(List<Turn> transcript) {
        String firstQuestion = null;
        String lastBot = null;
        String lastReply = null;
        String lastNote = null;
        int replies = 0;
        int notes = 0;
        List<Scored> sentences = new ArrayList<>();
        for (Turn turn : transcript) {
            String text = turn.text().strip();
            switch (turn.speaker()) {
                case MEMBER -> {
                    if (text.startsWith("/")) {
                        continue;
                    }
                    if (firstQuestion == null) {
                        firstQuestion = shorten(text);
                    }
                    for (String sentence : sentences(text)) {
                        int score = score(sentence);
                        if (score > 0) {
                            sentences.add(new Scored(sentence, sentences.size(), score));
                        }
                    }
                }
                case BOT -> lastBot = shorten(text);
                case AGENT -> {
                    replies++;
                    lastReply = shorten(text);
                }
                case NOTE -> {
                    notes++;
                    lastNote = shorten(text);
                }
                case SYSTEM -> {}
            }
        }
        String first = firstQuestion;
        List<String> details = sentences.stream()
                .filter(s -> first == null || !first.contains(shorten(s.sentence())))
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order))
                .limit(KEY_DETAILS)
                .sorted(Comparator.comparingInt(Scored::order))
                .map(s -> shorten(s.sentence()))
                .toList();
        return new ConversationSummary(firstQuestion, details, lastBot, replies, notes, lastReply, lastNote);
    }

    /** How much a sentence tells an agent: chain references most, then ids, amounts and cue words. */
    int score(String sentence) {
        TicketContext found = extractor.extract(sentence);
        String folded = sentence.toLowerCase(Locale.ROOT);
        int cueHits = (int) cues.stream().filter(folded::contains).count();
        return 3 * (found.transactions().size() + found.addresses().size())
                + 2 * (found.accountIds().size() + found.amounts().size())
                + Math.min(cueHits, 2);
    }

    private static List<String> sentences(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= LONGEST ? flat : flat.substring(0, LONGEST - 1) + "…";
    }
}
