package dev.watchkeeper.web.queue;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items what the page shows
 * @param number the page's number, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many items all pages hold
 * @param <T> the items' type
 */
public record Paged<T>(List<T> items, int number, int pages, long total) {
    /** Rows a page shows. */
    public static final int SIZE = 50;

    public Paged {
        items = List.copyOf(items);
    }

    /** The number of pages {@code total} items fill, at least one. */
    static int pagesFor(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The page asked for, kept within 1 and the last page. */
    static int within(int asked, long total) {
        return Math.clamp(asked, 1, pagesFor(total));
    }

    /** A page of {@code all}, which is every item in order. */
    static <T> Paged<T> of(List<T> all, int asked) {
        int number = within(asked, all.size());
        int from = (number - 1) * SIZE;
        return new Paged<>(
                all.subList(from, Math.min(all.size(), from + SIZE)), number, pagesFor(all.size()), all.size());
    }

    /** True when a page comes before this one. */
    public boolean hasPrevious() {
        return number > 1;
    }

    /** True when a page comes after this one. */
    public boolean hasNext() {
        return number < pages;
    }
}
