package dev.watchkeeper.web.dashboard;

/**
 * The votes on one knowledge-base answer.
 *
 * @param entryId the entry
 * @param title its title (the id when the entry is no longer loaded)
 * @param helpful "this helped" votes
 * @param unhelpful "this did not help" votes
 */
public record EntryHelpfulness(String entryId, String title, long helpful, long unhelpful) {
    /** The share of votes that found it unhelpful. */
    public double unhelpfulShare() {
        long votes = helpful + unhelpful;
        return votes == 0 ? 0 : (double) unhelpful / votes;
    }
}
