package dev.watchkeeper.web.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the dashboard shows for a range of days.
 *
 * @param range the days covered
 * @param days the figures of each day of the range, in order, quiet days included
 * @param total the figures of the whole range as one (its day is the range's last day)
 * @param csatDistribution the ratings of the range per score, index 0 for 1 star up to 4 for 5
 * @param byCategory tickets opened in the range per category label, most first
 * @param byPlatform tickets opened in the range per member platform (lower case), most first
 * @param byLanguage tickets opened in the range per member language, most first
 * @param missedQuestions the questions the bot could not answer in the range, most asked first
 * @param leastHelpful the answers members voted unhelpful most, most first (votes of all time)
 */
public record DashboardFigures(
        DashboardRange range,
        List<DayFigures> days,
        DayFigures total,
        List<Long> csatDistribution,
        Map<String, Long> byCategory,
        Map<String, Long> byPlatform,
        Map<String, Long> byLanguage,
        List<MissedQuestionGroup> missedQuestions,
        List<EntryHelpfulness> leastHelpful) {
    /** The scores a member can give: 1 to 5. */
    public static final int SCORES = 5;

    public DashboardFigures {
        days = List.copyOf(days);
        csatDistribution = List.copyOf(csatDistribution);
        if (csatDistribution.size() != SCORES) {
            throw new IllegalArgumentException("one count per score 1 to " + SCORES);
        }
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
        byPlatform = Collections.unmodifiableMap(new LinkedHashMap<>(byPlatform));
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        missedQuestions = List.copyOf(missedQuestions);
        leastHelpful = List.copyOf(leastHelpful);
    }

    /** The range's deflection rate, null when there was nothing to deflect. */
    public @Nullable Double deflection() {
        return total.deflection();
    }
}
