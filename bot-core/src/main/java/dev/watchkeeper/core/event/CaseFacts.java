package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.Platform;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every case event says about its moderation case. The flagged text is left out: a receiver
 * that needs it reads the case in the bot; the reasons say why it was flagged.
 *
 * @param id the case id ({@code MC-17})
 * @param platform the platform of the chat
 * @param community the chat the message was posted in
 * @param source {@code detected} or {@code member_report}
 * @param verdict the shield's verdict ({@code scam}, {@code suspicious})
 * @param score the shield's score
 * @param reasons the shield's signals, distinct, in order
 * @param author the account of the message's author ({@code telegram:66}); null when unknown
 * @param hidden true when the message was removed automatically
 */
public record CaseFacts(
        CaseId id,
        Platform platform,
        String community,
        String source,
        String verdict,
        double score,
        List<String> reasons,
        @Nullable String author,
        boolean hidden) {
    public CaseFacts {
        requireNonNull(id, "id");
        requireNonNull(platform, "platform");
        requireNonNull(community, "community");
        requireNonNull(source, "source");
        requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
    }
}
