package dev.watchkeeper.core.assembly;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.bot.BotMetrics;
import dev.watchkeeper.core.moderation.ModerationMetrics;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import java.util.function.LongSupplier;

/**
 * Where the features report their figures.
 *
 * @param bot every handled event, its decisions and its time
 * @param support tickets, response times, ratings
 * @param moderation flagged messages and verdicts
 * @param botAnswers how many questions the bot has answered, for the support report's deflection
 */
public record FeatureMetrics(
        BotMetrics bot, SupportMetrics support, ModerationMetrics moderation, LongSupplier botAnswers) {
    /** Reports nothing; the support report counts no bot answers. */
    public static final FeatureMetrics NONE =
            new FeatureMetrics(BotMetrics.NONE, SupportMetrics.NONE, ModerationMetrics.NONE, () -> 0);

    public FeatureMetrics {
        requireNonNull(bot, "bot");
        requireNonNull(support, "support");
        requireNonNull(moderation, "moderation");
        requireNonNull(botAnswers, "botAnswers");
    }
}
