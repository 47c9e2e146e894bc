package dev.watchkeeper.telegram;

import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The member commands shown in Telegram's command menu, per language ({@code ""} is the default
 * for languages without their own list). Only languages the bot answers in are listed.
 */
final class BotCommands {
    static final Map<String, List<BotCommand>> BY_LANGUAGE = Map.of(
            "",
            List.of(
                    new BotCommand("help", "What I can do"),
                    new BotCommand("faq", "Search the help articles"),
                    new BotCommand("human", "Talk to a support agent"),
                    new BotCommand("report", "Report a scam (reply to the message)"),
                    new BotCommand("verify", "Check a code from support"),
                    new BotCommand("forgetme", "Erase what I keep about you")));

    private BotCommands() {}

    /** Sets the command lists; blocks for one call per language. */
    static void publish(TelegramClient client) throws TelegramApiException {
        for (Map.Entry<String, List<BotCommand>> entry : BY_LANGUAGE.entrySet()) {
            SetMyCommands.SetMyCommandsBuilder<?, ?> call =
                    SetMyCommands.builder().commands(entry.getValue());
            if (!entry.getKey().isEmpty()) {
                call.languageCode(entry.getKey());
            }
            client.execute(call.build());
        }
    }
}
