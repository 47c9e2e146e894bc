package dev.watchkeeper.web;

import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a console page watches to update live: for each named view, a fingerprint of what the page
 * shows, read from the stores (so that a change made on any instance shows on every other), and
 * the role needed to watch it. The web server reads the fingerprint of each open page every few
 * hundred milliseconds and tells the page when it changed. Thread-safe.
 */
public final class LiveViews {
    /**
     * One watched view.
     *
     * @param role the console role needed to watch it
     * @param fingerprint reads what the page shows, from the view's argument (a ticket id, say),
     *     as a short text that changes when it does
     */
    public record View(ConsoleRole role, Function<String, String> fingerprint) {}

    private final Map<String, View> views = new ConcurrentHashMap<>();

    /** Adds a watched view under this name. */
    public LiveViews add(String name, View view) {
        views.put(name, view);
        return this;
    }

    /**
     * The fingerprint of the view for this member, or empty when there is no such view or the
     * member lacks its role.
     */
    public Optional<String> fingerprint(String name, String argument, ConsoleGrant who) {
        View view = views.get(name);
        if (view == null || !who.has(view.role())) {
            return Optional.empty();
        }
        return Optional.of(view.fingerprint().apply(argument));
    }

    /** True when the view exists and the member may watch it. */
    public boolean mayWatch(String name, ConsoleGrant who) {
        View view = views.get(name);
        return view != null && who.has(view.role());
    }
}
