package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.watchkeeper.core.shield.DomainLists.Status;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefreshingDomainListsIT {
    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>("evil-one.xyz\n");
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> contentType = new AtomicReference<>("text/plain; charset=utf-8");

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/list.txt", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType.get());
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void refreshesAndKeepsTheLastGoodCopyWhenARefreshFails() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/list.txt";
        try (RefreshingDomainLists lists = new RefreshingDomainLists(
                List.of(),
                List.of(DomainListSource.of("test", url, DomainListFormat.PLAIN)),
                HttpClient::newHttpClient)) {
            // given a first good load
            lists.refreshNow();
            assertThat(lists.lookup("evil-one.xyz").status()).isEqualTo(Status.DENIED);

            // when the list changes, the next refresh picks it up
            body.set("evil-two.xyz\n");
            lists.refreshNow();
            assertThat(lists.lookup("evil-two.xyz").status()).isEqualTo(Status.DENIED);
            assertThat(lists.lookup("evil-one.xyz").status()).isEqualTo(Status.UNKNOWN);

            // when the server fails or serves garbage, the last good copy stays
            status.set(500);
            lists.refreshNow();
            status.set(200);
            body.set("");
            lists.refreshNow();
            assertThat(lists.lookup("evil-two.xyz").status()).isEqualTo(Status.DENIED);
        }
    }

    @Test
    void keepsTheLastGoodCopyWhenAPageIsServedInsteadOfTheList() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/list.txt";
        try (RefreshingDomainLists lists = new RefreshingDomainLists(
                List.of(),
                List.of(DomainListSource.of("test", url, DomainListFormat.AUTO)),
                HttpClient::newHttpClient)) {
            lists.refreshNow();

            // a captive portal or CDN error page, with status 200, announced as HTML
            contentType.set("text/html; charset=utf-8");
            body.set("Service unavailable\nsee status.example.com\n");
            lists.refreshNow();
            // the same page announced as plain text
            contentType.set("text/plain");
            body.set("<html><head><link href=\"style.css\"></head><body>status.example.com<</body></html>\n");
            lists.refreshNow();

            assertThat(lists.lookup("evil-one.xyz").status()).isEqualTo(Status.DENIED);
            assertThat(lists.lookup("status.example.com").status()).isEqualTo(Status.UNKNOWN);
        }
    }
}
