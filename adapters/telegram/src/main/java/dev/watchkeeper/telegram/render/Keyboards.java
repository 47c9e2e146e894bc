package dev.watchkeeper.telegram.render;

import dev.watchkeeper.core.decision.Choice;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders choices as inline keyboards whose buttons carry the choice's action as callback data.
 * Stateless and thread-safe.
 */
public final class Keyboards {
    private static final int MAX_LABEL = 64;

    private Keyboards() {}

    /**
     * One button per row for each group of {@code stacked} choices (suggestions, moderator actions,
     * where labels are long), then the {@code sideBySide} choices on one row (helpful / not helpful).
     * Null when there are no choices.
     */
    public static @Nullable InlineKeyboardMarkup of(List<Choice> stacked, List<Choice> sideBySide) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Choice choice : stacked) {
            rows.add(new InlineKeyboardRow(button(choice)));
        }
        if (!sideBySide.isEmpty()) {
            rows.add(new InlineKeyboardRow(
                    sideBySide.stream().map(Keyboards::button).toList()));
        }
        return rows.isEmpty() ? null : new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardButton button(Choice choice) {
        String label =
                choice.label().length() > MAX_LABEL ? choice.label().substring(0, MAX_LABEL - 1) + "…" : choice.label();
        return InlineKeyboardButton.builder()
                .text(label)
                .callbackData(choice.action())
                .build();
    }
}
