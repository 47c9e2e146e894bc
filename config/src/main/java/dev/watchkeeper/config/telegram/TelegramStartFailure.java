package dev.watchkeeper.config.telegram;

import java.net.URI;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Says why a Bot API call at start failed, telling apart the three cases that need different
 * fixes: the Bot API refused the token (HTTP 401, or 404 for a malformed one: change {@code
 * watchkeeper.telegram.token}), it answered with another error, or it could not be reached at all
 * (the network, a proxy, or {@code watchkeeper.telegram.api-url}).
 */
final class TelegramStartFailure {
    private TelegramStartFailure() {}

    /**
     * @param call the Bot API method, such as {@code getMe}
     * @param apiUrl the Bot API server called
     */
    static RuntimeException of(String call, URI apiUrl, TelegramApiException e) {
        if (!(e instanceof TelegramApiRequestException answered)) {
            return new IllegalStateException(
                    "cannot reach the Telegram Bot API at " + apiUrl + " (" + rootCause(e)
                            + "): check the network, or watchkeeper.telegram.api-url",
                    e);
        }
        Integer code = answered.getErrorCode();
        if (code != null && (code == 401 || code == 404)) {
            return new InvalidConfigurationPropertyValueException(
                    "watchkeeper.telegram.token",
                    "(not shown)",
                    "the Telegram Bot API at " + apiUrl + " refused it (" + code + " " + answered.getApiResponse()
                            + "); copy the token again from @BotFather (WATCHKEEPER_TELEGRAM_TOKEN)");
        }
        return new IllegalStateException(
                "the Telegram Bot API at " + apiUrl + " answered " + call + " with "
                        + (code == null ? answered.getMessage() : code + " " + answered.getApiResponse())
                        + "; try again later",
                e);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e
                ? String.valueOf(e.getMessage())
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
