package dev.watchkeeper.telegram;

import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The commands shown in Telegram's command menu, described in each of the bot's languages from the
 * {@code commands} message bundle: the English list is the default (language code {@code ""}) for
 * members whose Telegram is in another language. Every chat lists the members' commands; the staff
 * and moderators' chats list staff's {@code /console} too (a chat's own list replaces the default
 * there, so it repeats the members' commands).
 */
final class BotCommands {
    static final List<String> MEMBER_COMMANDS = List.of("help", "faq", "human", "report", "verify", "forgetme");
    static final List<String> STAFF_COMMANDS = List.of("console");

    private BotCommands() {}

    /** The members' command lists by Telegram language code. */
    static Map<String, List<BotCommand>> byLanguage(MessageCatalog catalog) {
        return byLanguage(catalog, MEMBER_COMMANDS);
    }

    /** The staff chats' command lists by Telegram language code: the members' commands and staff's. */
    static Map<String, List<BotCommand>> staffByLanguage(MessageCatalog catalog) {
        List<String> names = new ArrayList<>(MEMBER_COMMANDS);
        names.addAll(STAFF_COMMANDS);
        return byLanguage(catalog, names);
    }

    private static Map<String, List<BotCommand>> byLanguage(MessageCatalog catalog, List<String> names) {
        Map<String, List<BotCommand>> lists = new LinkedHashMap<>();
        for (String language : MemberLanguage.SUPPORTED) {
            lists.put(
                    language.equals(MemberLanguage.ENGLISH) ? "" : language,
                    names.stream()
                            .map(name -> new BotCommand(name, catalog.text("commands", language, name)))
                            .toList());
        }
        return lists;
    }

    /**
     * Sets the command lists: the default one, and the staff list in each of {@code staffChats};
     * blocks for one call per language and list.
     */
    static void publish(TelegramClient client, MessageCatalog catalog, Set<Long> staffChats)
            throws TelegramApiException {
        publish(client, byLanguage(catalog), null);
        for (long chat : staffChats) {
            publish(
                    client,
                    staffByLanguage(catalog),
                    BotCommandScopeChat.builder().chatId(chat).build());
        }
    }

    private static void publish(
            TelegramClient client, Map<String, List<BotCommand>> lists, @Nullable BotCommandScope scope)
            throws TelegramApiException {
        for (Map.Entry<String, List<BotCommand>> entry : lists.entrySet()) {
            SetMyCommands.SetMyCommandsBuilder<?, ?> call =
                    SetMyCommands.builder().commands(entry.getValue());
            if (!entry.getKey().isEmpty()) {
                call.languageCode(entry.getKey());
            }
            if (scope != null) {
                call.scope(scope);
            }
            client.execute(call.build());
        }
    }
}
