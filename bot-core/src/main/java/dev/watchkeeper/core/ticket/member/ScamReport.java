package dev.watchkeeper.core.ticket.member;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A member's report that they were scammed, as the ticket flow needs it: what was reported and
 * what the member said in their own words, kept apart so that the member's language and their
 * security checklist follow their words, not the scam they quote.
 *
 * @param reportedText the message the member reported (secrets redacted), when they quoted one
 * @param memberWords what the member wrote themselves (secrets redacted)
 * @param languageHint the language the platform reports for the member (IETF tag), if any
 */
public record ScamReport(@Nullable String reportedText, String memberWords, @Nullable String languageHint) {
    public ScamReport {
        requireNonNull(memberWords, "memberWords");
    }
}
