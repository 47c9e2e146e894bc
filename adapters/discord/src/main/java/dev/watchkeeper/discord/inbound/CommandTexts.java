package dev.watchkeeper.discord.inbound;

import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The members' commands' names and descriptions in Discord's locales, from the message bundles. */
final class CommandTexts {
    private static final String BUNDLE = "commands";

    /** Discord's locales for each of the bot's languages besides English. */
    private static final Map<String, List<DiscordLocale>> LOCALES = Map.of(
            "ru", List.of(DiscordLocale.RUSSIAN),
            "zh", List.of(DiscordLocale.CHINESE_CHINA, DiscordLocale.CHINESE_TAIWAN),
            "es", List.of(DiscordLocale.SPANISH, DiscordLocale.SPANISH_LATAM),
            "pt", List.of(DiscordLocale.PORTUGUESE_BRAZILIAN),
            "tr", List.of(DiscordLocale.TURKISH));

    private final MessageCatalog texts;

    CommandTexts(MessageCatalog texts) {
        this.texts = texts;
    }

    String english(String key) {
        return texts.text(BUNDLE, MemberLanguage.ENGLISH, key);
    }

    SlashCommandData describe(SlashCommandData command, String key) {
        forEachLocale(key, command::setDescriptionLocalization);
        return command;
    }

    OptionData option(String name, String key, boolean required) {
        OptionData option = new OptionData(OptionType.STRING, name, english(key), required);
        forEachLocale(key, option::setDescriptionLocalization);
        return option;
    }

    CommandData name(CommandData command, String key) {
        forEachLocale(key, command::setNameLocalization);
        return command;
    }

    private void forEachLocale(String key, java.util.function.BiConsumer<DiscordLocale, String> set) {
        LOCALES.forEach((language, locales) -> {
            String text = texts.text(BUNDLE, language, key);
            locales.forEach(locale -> set.accept(locale, text));
        });
    }
}
