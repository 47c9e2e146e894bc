package dev.watchkeeper.benchmarks;

import dev.watchkeeper.benchmarks.traffic.CsvRows;
import dev.watchkeeper.benchmarks.traffic.TrafficTexts;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * The held-out incident questions of {@code eval/incident/holdout}, asked in private by members
 * new to the bot, each with the platform reporting their language: those on the incident's topic
 * should get its status; unrelated ones the answer they get with no incident open. Read here only
 * to measure.
 */
final class HeldOutIncidentQuestions {
    private final Path holdout;
    private int members;

    HeldOutIncidentQuestions(Path eval) {
        this.holdout = eval.resolve("incident").resolve("holdout");
    }

    /** One question: its language, its text, and for an unrelated one the entry it asks about. */
    record Question(String language, String text, String expected) {}

    /**
     * Share of questions that passed, per language and overall, and for the unrelated ones, what
     * those that did not pass got instead of their usual answer.
     */
    record Shares(Map<String, int[]> byLanguage, Map<String, Integer> missed) {
        double overall() {
            int passed = byLanguage.values().stream().mapToInt(c -> c[0]).sum();
            int asked = byLanguage.values().stream().mapToInt(c -> c[1]).sum();
            return asked == 0 ? 0 : (double) passed / asked;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.1f%%", 100 * overall()));
            byLanguage.forEach((language, c) -> out.append(' ')
                    .append(language)
                    .append(' ')
                    .append(c[0])
                    .append('/')
                    .append(c[1]));
            if (!missed.isEmpty()) {
                out.append("; the others: ").append(missed);
            }
            return out.toString();
        }
    }

    List<Question> onTopic(String topic) {
        return read(holdout.resolve(topic), false);
    }

    List<Question> unrelated() {
        return read(holdout.resolve("unrelated"), true);
    }

    /** What the bot says to a question from a new member: the answer's kind and entry. */
    String usualAnswer(BenchmarkBot bot, Question question, Instant at) {
        return kindOf(ask(bot, question, at));
    }

    /** Whether each question got the incident's status, asked at {@code at}. */
    Shares statusShare(BenchmarkBot bot, IncidentId incident, List<Question> questions, Instant at) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Question question : questions) {
            long before = bot.incidents.statusAnswers(incident);
            ask(bot, question, at);
            boolean status = bot.incidents.statusAnswers(incident) > before;
            int[] c = counts.computeIfAbsent(question.language(), k -> new int[2]);
            c[0] += status ? 1 : 0;
            c[1]++;
        }
        // what the misses were answered with is not shown: this set is read to measure, not to tune
        return new Shares(counts, Map.of());
    }

    /** Whether each unrelated question got, with the incident open, no status and its usual answer. */
    Shares usualShare(BenchmarkBot bot, IncidentId incident, List<Question> questions, List<String> usual, Instant at) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        for (int i = 0; i < questions.size(); i++) {
            long before = bot.incidents.statusAnswers(incident);
            String answer = kindOf(ask(bot, questions.get(i), at));
            boolean same = answer.equals(usual.get(i)) && bot.incidents.statusAnswers(incident) == before;
            int[] c = counts.computeIfAbsent(questions.get(i).language(), k -> new int[2]);
            c[0] += same ? 1 : 0;
            c[1]++;
            if (!same) {
                missed.merge(usual.get(i) + " -> " + answer, 1, Integer::sum);
            }
        }
        return new Shares(counts, missed);
    }

    private List<Decision> ask(BenchmarkBot bot, Question question, Instant at) {
        UserRef member = UserRef.member(Platform.TELEGRAM, Long.toString(8_000_000_000L + members++));
        ChatRef chat = new ChatRef(Platform.TELEGRAM, member.id(), ChatType.PRIVATE);
        InboundMessage message = InboundMessage.text("h" + members, chat, member, question.text(), at).toBuilder()
                .languageHint(question.language())
                .build();
        return bot.bot.handle(message);
    }

    /** The kind of answer among the decisions, with its entry: {@code answer withdrawal-pending}. */
    static String kindOf(List<Decision> decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof Answer answer) {
                return "answer " + answer.entryId();
            }
            if (decision instanceof Suggest suggest) {
                return "suggest "
                        + (suggest.suggestions().isEmpty()
                                ? ""
                                : Choices.entryOf(
                                                suggest.suggestions().getFirst().action())
                                        .orElse(""));
            }
            if (decision instanceof Fallback) {
                return "fallback";
            }
        }
        return decisions.isEmpty() ? "nothing" : decisions.getFirst().getClass().getSimpleName();
    }

    private static List<Question> read(Path folder, boolean withExpected) {
        List<Question> questions = new ArrayList<>();
        for (String language : TrafficTexts.LANGUAGES) {
            for (CSVRecord row : CsvRows.of(folder.resolve(language + ".csv"))) {
                questions.add(new Question(language, row.get("text"), withExpected ? row.get("expected_id") : ""));
            }
        }
        return questions;
    }
}
