package dev.watchkeeper.telegram;

import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The member commands shown in Telegram's command menu, described in each of the bot's languages
 * from the {@code commands} message bundle: the English list is the default (language code
 * {@code ""}) for members whose Telegram is in another language.
 */
final class BotCommands {
    static final List<String> MEMBER_COMMANDS = List.of("help", "faq", "human", "report", "verify", "forgetme");

    private BotCommands() {}

    /** The command lists by Telegram language code. */
    static Map<String, List<BotCommand>> byLanguage(MessageCatalog catalog) {
        Map<String, List<BotCommand>> lists = new LinkedHashMap<>();
        for (String language : MemberLanguage.SUPPORTED) {
            lists.put(
                    language.equals(MemberLanguage.ENGLISH) ? "" : language,
                    MEMBER_COMMANDS.stream()
                            .map(name -> new BotCommand(name, catalog.text("commands", language, name)))
                            .toList());
        }
        return lists;
    }

    /** Sets the command lists; blocks for one call per language. */
    static void publish(TelegramClient client, MessageCatalog catalog) throws TelegramApiException {
        for (Map.Entry<String, List<BotCommand>> entry : byLanguage(catalog).entrySet()) {
            SetMyCommands.SetMyCommandsBuilder<?, ?> call =
                    SetMyCommands.builder().commands(entry.getValue());
            if (!entry.getKey().isEmpty()) {
                call.languageCode(entry.getKey());
            }
            client.execute(call.build());
        }
    }
}
