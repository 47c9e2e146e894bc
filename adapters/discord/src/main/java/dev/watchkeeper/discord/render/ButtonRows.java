package dev.watchkeeper.discord.render;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * Lays choices out as Discord buttons: at most 5 per row and 5 rows, labels cut to Discord's 80
 * characters, each choice's action as the button's custom id (the core keeps actions within 64
 * bytes; Discord allows 100). Choices with the same action appear once. Stateless and thread-safe.
 */
public final class ButtonRows {
    /** Buttons per row, Discord's limit. */
    public static final int PER_ROW = 5;
    /** Rows per message, Discord's limit. */
    public static final int MAX_ROWS = 5;

    private static final int MAX_LABEL = 80;

    private ButtonRows() {}

    /** The rows of buttons for these choices; the ones past 25 are left out. */
    public static List<ActionRow> of(List<Choice> choices) {
        Map<String, Choice> unique = new LinkedHashMap<>();
        choices.forEach(choice -> unique.putIfAbsent(choice.action(), choice));
        List<ActionRow> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Choice choice : unique.values()) {
            if (rows.size() == MAX_ROWS) {
                break;
            }
            row.add(button(choice));
            if (row.size() == PER_ROW) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty() && rows.size() < MAX_ROWS) {
            rows.add(ActionRow.of(row));
        }
        return rows;
    }

    private static Button button(Choice choice) {
        String label = choice.label().isBlank() ? "…" : choice.label().strip();
        if (label.length() > MAX_LABEL) {
            label = label.substring(0, MAX_LABEL - 1) + "…";
        }
        return choice.action().equals(Choices.HUMAN)
                ? Button.primary(choice.action(), label)
                : Button.secondary(choice.action(), label);
    }
}
