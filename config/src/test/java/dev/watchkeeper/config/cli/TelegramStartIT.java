package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started as a Telegram bot: a token the Bot API refuses and a Bot API that cannot
 * be reached are told apart, each in one line saying what to change.
 */
class TelegramStartIT {

    @Test
    void aTokenTheBotApiRefusesNamesTheTokenSetting() throws IOException {
        HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/", exchange -> {
            byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        api.start();
        String url = "http://127.0.0.1:" + api.getAddress().getPort();
        CommandLineRun run;
        try {
            run = startTelegram(url);
        } finally {
            api.stop(0);
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(SettingErrorsIT.linesBesidesProgress(run))
                .containsExactly("error: watchkeeper.telegram.token: the Telegram Bot API at " + url
                        + " refused it (401 Unauthorized); copy the token again from @BotFather"
                        + " (WATCHKEEPER_TELEGRAM_TOKEN)");
    }

    @Test
    void aBotApiThatCannotBeReachedIsNotBlamedOnTheToken() throws IOException {
        String url;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            url = "http://127.0.0.1:" + closed.getLocalPort();
        }

        CommandLineRun run = startTelegram(url);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(SettingErrorsIT.linesBesidesProgress(run))
                .containsExactly("error: cannot reach the Telegram Bot API at " + url
                        + " (ConnectException: Connection refused): check the network, or"
                        + " watchkeeper.telegram.api-url");
    }

    private static CommandLineRun startTelegram(String apiUrl) {
        return CommandLineRun.ofJar(
                "--watchkeeper.telegram.token=42:test",
                "--watchkeeper.telegram.api-url=" + apiUrl,
                "--watchkeeper.telegram.community-chat-ids=-1001");
    }
}
