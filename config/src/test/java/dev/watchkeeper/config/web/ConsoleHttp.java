package dev.watchkeeper.config.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A console session over plain HTTP, for checks a browser is not needed for (every endpoint
 * refuses a session without its role): signs in with a one-time token like the sign-in page's
 * button does, keeps the session cookie, and sends the CSRF token with each POST.
 */
final class ConsoleHttp {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf = "";

    private ConsoleHttp(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A session signed in with this token (the sign-in must succeed). */
    static ConsoleHttp signedIn(String base, String token) throws IOException, InterruptedException {
        ConsoleHttp session = anonymous(base);
        session.get("/console/sign-in");
        HttpResponse<String> response = session.post("/console/sign-in", Map.of("token", token));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("sign-in refused: " + response.statusCode());
        }
        session.get("/console");
        return session;
    }

    /** A session that never signed in (it still gets a CSRF token, as a visitor of the sign-in page does). */
    static ConsoleHttp anonymous(String base) throws IOException, InterruptedException {
        ConsoleHttp session = new ConsoleHttp(base);
        session.get("/console/sign-in");
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** A GET whose body is read line by line as it arrives (a Server-Sent Events stream). */
    HttpResponse<java.util.stream.Stream<String>> stream(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofLines());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
