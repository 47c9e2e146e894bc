package dev.watchkeeper.web.inbox;

import java.util.List;

/**
 * One page of the inbox.
 *
 * @param filter what was asked for, with the page actually shown
 * @param rows the tickets of the page, in order
 * @param total how many tickets the filter matches
 * @param pages how many pages they fill (at least 1)
 * @param languages the languages of the tickets in the filter's statuses, for its language choice
 */
public record InboxPage(InboxFilter filter, List<InboxRow> rows, int total, int pages, List<String> languages) {
    public InboxPage {
        rows = List.copyOf(rows);
        languages = List.copyOf(languages);
    }

    /** True when there is a page before this one. */
    public boolean hasPrevious() {
        return filter.page() > 1;
    }

    /** True when there is a page after this one. */
    public boolean hasNext() {
        return filter.page() < pages;
    }

    /** The query string of page {@code n} of this filter. */
    public String pageQuery(int n) {
        String query = filter.query();
        return (query.isEmpty() ? "" : query + "&") + "page=" + n;
    }
}
