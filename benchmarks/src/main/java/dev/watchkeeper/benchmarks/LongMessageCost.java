package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.shield.ShieldComponents;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scam check on 4,096-character messages: dev-set messages run together until they fill
 * 4,096 characters, and adversarial shapes (runs of dots and hyphens, one long link, repeated
 * seed words, hex strings). Prints the median and p99 of the whole check after a warm-up.
 * Arguments: passes (default 30).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.watchkeeper.benchmarks.LongMessageCost</pre>
 */
public final class LongMessageCost {
    private static final int LENGTH = 4_096;

    private LongMessageCost() {}

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<String> messages = messages();
        try (ShieldComponents shield = ShieldFactory.create(ShieldOptions.defaults(), new CommunityDomains())) {
            long[] nanos = new long[messages.size() * passes];
            int n = 0;
            for (int pass = 0; pass < passes * 2; pass++) {
                for (String message : messages) {
                    long start = System.nanoTime();
                    shield.shield().check(ScamInput.text(message));
                    long took = System.nanoTime() - start;
                    if (pass >= passes) {
                        nanos[n++] = took;
                    }
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "%d messages of %d characters, %d timed checks: p50 %.3f ms, p99 %.3f ms%n",
                    messages.size(),
                    LENGTH,
                    n,
                    nanos[n / 2] / 1e6,
                    nanos[(int) (n * 0.99)] / 1e6);
        }
    }

    static List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (String label : List.of("ham", "scam")) {
            StringBuilder text = new StringBuilder();
            for (String message : EvalData.scamTexts("all", label)) {
                text.append(message).append('\n');
                if (text.length() >= LENGTH) {
                    messages.add(text.substring(0, LENGTH));
                    text.setLength(0);
                    if (messages.size() % 100 == 0) {
                        break;
                    }
                }
            }
        }
        messages.add(".".repeat(LENGTH));
        messages.add("-".repeat(LENGTH));
        messages.add("https://example.com/" + "a".repeat(LENGTH - 20));
        messages.add("abandon ability able about above absent "
                .repeat(LENGTH / 40 + 1)
                .substring(0, LENGTH));
        messages.add("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 "
                .repeat(LENGTH / 67 + 1)
                .substring(0, LENGTH));
        messages.add("claim your airdrop at https://claim-reward.pages.dev now "
                .repeat(LENGTH / 57 + 1)
                .substring(0, LENGTH));
        return messages;
    }
}
