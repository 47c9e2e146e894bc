package dev.watchkeeper.core.conversation;

import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes the bot's own {@code @handle} from a message: the configured username on every platform,
 * and the handle each platform told when it connected on that platform. A mention only says who
 * is addressed; left in, it would be searched as a word and sway the language the words are told
 * in. Immutable and thread-safe.
 */
final class BotMentions {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Map<Platform, Pattern> mentions = new EnumMap<>(Platform.class);

    BotMentions(EngineSettings settings) {
        for (Platform platform : Platform.values()) {
            Set<String> own = new LinkedHashSet<>();
            if (settings.botUsername() != null && !settings.botUsername().isBlank()) {
                own.add(settings.botUsername().strip());
            }
            String told = settings.botHandles().get(platform);
            if (told != null && !told.isBlank()) {
                own.add(told.strip());
            }
            mentions.put(platform, own.isEmpty() ? NEVER : mentionOf(own));
        }
    }

    private static Pattern mentionOf(Set<String> handles) {
        return Pattern.compile(
                handles.stream().map(Pattern::quote).collect(Collectors.joining("|", "@(?:", ")(?!\\w)")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The message's text without the bot's mentions, stripped. */
    String strip(InboundMessage message) {
        return strip(message.chat().platform(), message.text());
    }

    /** Words written on a platform without the bot's mentions there, stripped. */
    String strip(Platform platform, String words) {
        return mentions.get(platform).matcher(words).replaceAll(" ").strip();
    }
}
