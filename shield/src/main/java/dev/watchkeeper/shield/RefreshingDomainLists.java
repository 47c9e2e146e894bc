package dev.watchkeeper.shield;

import dev.watchkeeper.core.shield.DomainLists;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DomainLists} loaded from files, class-path resources or URLs, refreshed in the background.
 * Each source keeps its last good copy: a refresh that fails (network error, HTTP error, an HTML
 * page, a list that no longer parses, is empty, is mostly lines that are not host names, or lost
 * nine tenths of its entries at once) is logged with the reason and leaves that source as it was. Lookups never
 * block: they read an immutable snapshot swapped in after each refresh. Thread-safe.
 */
public final class RefreshingDomainLists implements DomainLists, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshingDomainLists.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MIN_ENTRIES_TO_GUARD = 100;

    private final List<DomainListSource> sources;
    private final List<DomainListData> fixed;
    private final Supplier<HttpClient> newHttpClient;
    /** Made at the first download, under {@link #refreshNow()}'s lock. */
    private @Nullable HttpClient http;

    private final Map<DomainListSource, DomainListData> lastGood = new LinkedHashMap<>();
    private volatile PhishingDomainList snapshot;
    private @Nullable ScheduledExecutorService scheduler;

    /**
     * @param fixed lists that never change (the community's allow list, bundled lists); they are
     *     consulted before the refreshed ones
     * @param sources lists to load now and on every refresh
     * @param newHttpClient makes the client for URL sources, at the first download (building one
     *     loads the TLS set-up and starts a thread, which lists from files or resources never need)
     */
    public RefreshingDomainLists(
            List<DomainListData> fixed, List<DomainListSource> sources, Supplier<HttpClient> newHttpClient) {
        this.fixed = List.copyOf(fixed);
        this.sources = List.copyOf(sources);
        this.newHttpClient = newHttpClient;
        this.snapshot = new PhishingDomainList(this.fixed);
    }

    /** Loads every source once, on the calling thread; blocks for the downloads. */
    public synchronized void refreshNow() {
        for (DomainListSource source : sources) {
            try {
                DomainListData data = DomainListParser.parse(source.name(), read(source), source.format());
                checkNotShrunk(lastGood.get(source), data);
                if (data.skippedLines() > 0) {
                    LOG.info(
                            "Domain list {}: {} entries, {} lines that are not host names skipped",
                            source.name(),
                            data.size(),
                            data.skippedLines());
                }
                lastGood.put(source, data);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Keeping the last good copy of domain list {}: {}", source.name(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        List<DomainListData> all = new ArrayList<>(fixed);
        all.addAll(lastGood.values());
        snapshot = new PhishingDomainList(all);
    }

    /**
     * A list that lost almost all of its entries at once is more likely a truncated or substituted
     * download than the list's maintainers emptying it.
     */
    private static void checkNotShrunk(@Nullable DomainListData last, DomainListData now) {
        if (last != null && last.size() >= MIN_ENTRIES_TO_GUARD && now.size() * 10 < last.size()) {
            throw new IllegalArgumentException(
                    now.source() + ": shrank from " + last.size() + " to " + now.size() + " entries");
        }
    }

    /** Refreshes every {@code period} (call {@link #refreshNow()} first for an immediate load) on a daemon thread, until {@link #close()}. */
    public synchronized void start(Duration period) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "domain-list-refresh");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::refreshNow, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The number of denied hosts in the current snapshot. */
    public int denyCount() {
        return snapshot.denyCount();
    }

    @Override
    public Match lookup(String asciiHost) {
        return snapshot.lookup(asciiHost);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private String read(DomainListSource source) throws IOException, InterruptedException {
        String scheme = source.location().getScheme();
        if ("classpath".equals(scheme)) {
            String path = source.location().getSchemeSpecificPart();
            try (InputStream in =
                    RefreshingDomainLists.class.getResourceAsStream(path.startsWith("/") ? path : "/" + path)) {
                if (in == null) {
                    throw new IOException("no resource " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if ("file".equals(scheme)) {
            return Files.readString(Path.of(source.location()));
        }
        if (http == null) {
            http = newHttpClient.get();
        }
        HttpRequest request =
                HttpRequest.newBuilder(source.location()).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.toLowerCase(Locale.ROOT).contains("html")) {
            throw new IOException("served as " + type + ", a page rather than a list");
        }
        return response.body();
    }
}
