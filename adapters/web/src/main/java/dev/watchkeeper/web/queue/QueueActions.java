package dev.watchkeeper.web.queue;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.moderation.CaseButtons;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.web.ConsoleGateway;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A moderator's action on one case or on many at once, each pressed through the {@link
 * ConsoleGateway} as the case card's button (so the core checks the role, records the audit and
 * decides). A case that is gone, already resolved or does not offer the action is skipped with a
 * line saying so. Thread-safe; blocks while the store, the bot and the platforms do.
 */
public final class QueueActions {
    /** The most cases one bulk action takes: a page's worth. */
    public static final int MAX_BULK = Paged.SIZE;

    private final ModerationCaseStore cases;
    private final ConsoleGateway gateway;

    public QueueActions(ModerationCaseStore cases, ConsoleGateway gateway) {
        this.cases = cases;
        this.gateway = gateway;
    }

    /** Presses {@code action} on the case with this id; returns the lines to show. */
    public List<String> press(ConsoleGrant who, String caseId, String action) {
        return pressAll(who, List.of(caseId), action);
    }

    /**
     * Presses {@code action} on every case listed (once each, in order); returns the lines to show,
     * case by case.
     *
     * @throws IllegalArgumentException when no case or more than {@link #MAX_BULK} are listed
     */
    public List<String> pressAll(ConsoleGrant who, List<String> caseIds, String action) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(caseIds);
        if (distinct.isEmpty() || distinct.size() > MAX_BULK) {
            throw new IllegalArgumentException("Select between 1 and " + MAX_BULK + " cases.");
        }
        List<String> lines = new ArrayList<>();
        for (String id : distinct) {
            lines.addAll(pressOne(who, id, action));
        }
        return lines;
    }

    private List<String> pressOne(ConsoleGrant who, String id, String action) {
        Optional<ModerationCase> found = CaseId.parse(id).flatMap(cases::find);
        if (found.isEmpty()) {
            return List.of("No case " + id + ".");
        }
        ModerationCase c = found.get();
        if (c.status() != ModerationCase.Status.OPEN) {
            return List.of(c.id() + " is already resolved.");
        }
        if (!CaseButtons.offered(c).containsKey(action)) {
            return List.of(c.id() + " does not offer " + action + ".");
        }
        ConsoleGateway.Outcome outcome = gateway.pressCase(who, c, action);
        if (!outcome.notices().isEmpty()) {
            return outcome.notices().stream().map(n -> c.id() + ": " + n).toList();
        }
        boolean resolved = cases.find(c.id())
                .map(now -> now.status() != ModerationCase.Status.OPEN)
                .orElse(false);
        return List.of(c.id() + (resolved ? ": " + action + " done." : ": " + action + " was not done."));
    }
}
