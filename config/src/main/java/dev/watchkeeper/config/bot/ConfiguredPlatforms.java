package dev.watchkeeper.config.bot;

import dev.watchkeeper.core.model.Platform;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Which chat platforms the settings turn on: a platform is on when its bot token is set (a blank
 * one, from an empty variable, does not count). The platforms' configurations and the choice of
 * the bot's web server read it here, so that they cannot disagree.
 */
public final class ConfiguredPlatforms {
    private ConfiguredPlatforms() {}

    /** True when {@code watchkeeper.telegram.token} is set. */
    public static boolean telegram(PropertyResolver properties) {
        return StringUtils.hasText(properties.getProperty("watchkeeper.telegram.token"));
    }

    /** True when {@code watchkeeper.discord.token} is set. */
    public static boolean discord(PropertyResolver properties) {
        return StringUtils.hasText(properties.getProperty("watchkeeper.discord.token"));
    }

    /** The platforms the bot talks on: those with a token, else the console demo's. */
    public static List<Platform> on(PropertyResolver properties) {
        List<Platform> on = new ArrayList<>();
        if (telegram(properties)) {
            on.add(Platform.TELEGRAM);
        }
        if (discord(properties)) {
            on.add(Platform.DISCORD);
        }
        return on.isEmpty() ? List.of(Platform.CONSOLE) : List.copyOf(on);
    }

    /** True when any platform is on; false means the bot runs the console demo. */
    public static boolean any(PropertyResolver properties) {
        return telegram(properties) || discord(properties);
    }
}
