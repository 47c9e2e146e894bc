package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the inbox shows: each field narrows the list, null (or {@link Assignee#ANYONE}) does not.
 * Read from and written back to the page's query string with lower-case values
 * ({@code ?status=claimed&sla=at_risk&assignee=me&page=2}).
 *
 * @param status one status, or null for every open one
 * @param priority one priority, or null for any
 * @param sla one SLA standing, or null for any
 * @param platform the member's platform, or null for any
 * @param language the member's language (primary tag such as {@code en}), or null for any
 * @param assignee whose tickets
 * @param page the page, from 1
 */
public record InboxFilter(
        @Nullable TicketStatus status,
        @Nullable Priority priority,
        @Nullable SlaState sla,
        @Nullable Platform platform,
        @Nullable String language,
        Assignee assignee,
        int page) {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** Whose tickets the inbox shows. */
    public enum Assignee {
        ANYONE,
        /** The signed-in agent's. */
        ME,
        UNASSIGNED
    }

    public InboxFilter {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be a language tag such as en: " + language);
        }
    }

    /** Every open ticket, first page. */
    public static InboxFilter open() {
        return new InboxFilter(null, null, null, null, null, Assignee.ANYONE, 1);
    }

    /**
     * The filter of a query string's parameters; absent and blank parameters do not narrow.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad parameter
     */
    public static InboxFilter parse(Map<String, String> parameters) {
        return new InboxFilter(
                value(parameters, "status", TicketStatus.class),
                value(parameters, "priority", Priority.class),
                value(parameters, "sla", SlaState.class),
                value(parameters, "platform", Platform.class),
                blankToNull(parameters.get("language")),
                Objects.requireNonNullElse(value(parameters, "assignee", Assignee.class), Assignee.ANYONE),
                page(parameters.get("page")));
    }

    /** This filter on another page. */
    public InboxFilter onPage(int newPage) {
        return new InboxFilter(status, priority, sla, platform, language, assignee, newPage);
    }

    /** The query string of this filter without the page, parameters in a fixed order. */
    public String query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "status", status);
        put(parameters, "priority", priority);
        put(parameters, "sla", sla);
        put(parameters, "platform", platform);
        if (language != null) {
            parameters.put("language", language);
        }
        if (assignee != Assignee.ANYONE) {
            put(parameters, "assignee", assignee);
        }
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Enum<?> value) {
        if (value != null) {
            parameters.put(name, value.name().toLowerCase(Locale.ROOT));
        }
    }

    private static <E extends Enum<E>> @Nullable E value(Map<String, String> parameters, String name, Class<E> type) {
        String given = blankToNull(parameters.get(name));
        if (given == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown " + name + " '" + given + "': one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")),
                    e);
        }
    }

    private static int page(@Nullable String given) {
        if (given == null || given.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("page must be a number: " + given, e);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
