package dev.watchkeeper.console;

import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private chat with the bot on a terminal or a pipe: each input line is one message from the
 * console member, each decision is printed. Ends at end of input or on {@code /quit}.
 *
 * <p>Runs on the calling thread and blocks reading input. Not thread-safe: one chat per instance.
 */
public final class ConsoleChat {
    private static final Logger log = LoggerFactory.getLogger(ConsoleChat.class);
    private static final ChatRef CHAT = new ChatRef(Platform.CONSOLE, "console", ChatType.PRIVATE);
    private static final UserRef MEMBER = new UserRef(Platform.CONSOLE, "member", "you", "You", false);

    private final ConversationEngine engine;
    private final ConsoleRenderer renderer;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Clock clock;
    private final boolean interactive;
    private long messageCount;

    /**
     * @param interactive true for a person at a terminal: prompts are shown; false for piped input,
     *     where only the bot's replies are printed
     */
    public ConsoleChat(
            ConversationEngine engine,
            ConsoleRenderer renderer,
            BufferedReader in,
            PrintWriter out,
            Clock clock,
            boolean interactive) {
        this.engine = engine;
        this.renderer = renderer;
        this.in = in;
        this.out = out;
        this.clock = clock;
        this.interactive = interactive;
    }

    /** Chats until end of input or {@code /quit}; returns the number of messages handled. */
    public long run() {
        if (interactive) {
            out.println("Watchkeeper demo: you are chatting privately with the bot. "
                    + "Type /help for commands, /quit to leave.");
        }
        String line;
        while ((line = nextLine()) != null) {
            String text = line.strip();
            if (text.equalsIgnoreCase("/quit") || text.equalsIgnoreCase("/exit")) {
                break;
            }
            if (!text.isEmpty()) {
                handle(text);
            }
        }
        out.flush();
        return messageCount;
    }

    private void handle(String text) {
        messageCount++;
        InboundMessage message = InboundMessage.text(Long.toString(messageCount), CHAT, MEMBER, text, clock.instant());
        List<Decision> decisions;
        try {
            decisions = engine.handle(message);
        } catch (RuntimeException e) {
            log.error("The engine failed on console message {}", messageCount, e);
            out.println("bot> Sorry, something went wrong on my side. Please try again.");
            out.flush();
            return;
        }
        for (Decision decision : decisions) {
            out.println("bot> " + renderer.render(decision).replace("\n", "\n     "));
            out.println();
        }
        out.flush();
    }

    private String nextLine() {
        if (interactive) {
            out.print("you> ");
            out.flush();
        }
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console", e);
        }
    }
}
