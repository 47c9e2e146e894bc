package dev.watchkeeper.config.web;

import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.web.LiveViews;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates of console pages by Server-Sent Events: {@code GET /console/live/{view}?arg=…}
 * sends an event named {@code changed} whenever what the view shows changes, on this instance or
 * any other sharing the store (the fingerprint is read from the store every {@value #POLL_MILLIS}
 * ms on one thread for all open pages), and a comment every 15 s to keep proxies from closing the
 * stream. A page refreshes its part with htmx on {@code sse:changed}. A view the member's roles do
 * not open is refused (403). A stop ends the open streams before the web server drains.
 */
@RestController
class LiveController implements SmartLifecycle {
    static final long POLL_MILLIS = 250;
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final long KEEP_ALIVE_POLLS = 15_000 / POLL_MILLIS;
    private static final Logger log = LoggerFactory.getLogger(LiveController.class);

    private record Watch(
            String view, String argument, ConsoleGrant who, SseEmitter emitter, String[] last, long[] polls) {}

    private final LiveViews views;
    private final Map<SseEmitter, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "console-live");
        t.setDaemon(true);
        return t;
    });

    LiveController(LiveViews views) {
        this.views = views;
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @GetMapping(path = "/console/live/{view}", produces = "text/event-stream")
    SseEmitter watch(
            @PathVariable String view,
            @RequestParam(name = "arg", defaultValue = "") String argument,
            Authentication authentication) {
        ConsoleGrant who = Objects.requireNonNull(ConsoleAuthentication.grantOf(authentication));
        if (!views.mayWatch(view, who)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        String first = views.fingerprint(view, argument, who).orElse("");
        Watch watch = new Watch(view, argument, who, emitter, new String[] {first}, new long[] {0});
        emitter.onCompletion(() -> watches.remove(emitter));
        emitter.onTimeout(() -> watches.remove(emitter));
        emitter.onError(e -> watches.remove(emitter));
        watches.put(emitter, watch);
        try {
            // sent at once, so the stream's headers reach the page now rather than with the first change
            emitter.send(SseEmitter.event().comment("watching " + view));
        } catch (IOException e) {
            watches.remove(emitter);
        }
        return emitter;
    }

    private void poll() {
        for (Watch watch : watches.values()) {
            try {
                String now = views.fingerprint(watch.view(), watch.argument(), watch.who())
                        .orElse("");
                if (!now.equals(watch.last()[0])) {
                    watch.last()[0] = now;
                    watch.emitter().send(SseEmitter.event().name("changed").data(Integer.toHexString(now.hashCode())));
                } else if (++watch.polls()[0] % KEEP_ALIVE_POLLS == 0) {
                    watch.emitter().send(SseEmitter.event().comment("keep-alive"));
                }
            } catch (IOException | IllegalStateException e) {
                watches.remove(watch.emitter());
            } catch (RuntimeException e) {
                log.warn("A live console view failed to read its store ({}): {}", watch.view(), e.toString());
            }
        }
    }

    /** The number of pages watching now. */
    int watching() {
        return watches.size();
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends the open streams first thing in a stop (the highest phase stops first), while the web
     * server still serves them: its graceful drain then does not wait for pages that stay open.
     */
    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        for (SseEmitter emitter : watches.keySet()) {
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                log.debug("A live stream was already gone at stop", e);
            }
        }
        watches.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
