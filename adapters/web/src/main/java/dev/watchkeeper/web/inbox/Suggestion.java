package dev.watchkeeper.web.inbox;

/**
 * A knowledge-base answer the agent may send.
 *
 * @param entryId the entry's id (what {@code /kb} takes)
 * @param title its title
 * @param lang the language of the version shown
 * @param answer its answer, Markdown, to insert into the reply box
 * @param confidence how well it matched, in [0,1]
 */
public record Suggestion(String entryId, String title, String lang, String answer, double confidence) {
    /** The confidence as a whole percentage. */
    public int percent() {
        return (int) Math.round(confidence * 100);
    }
}
